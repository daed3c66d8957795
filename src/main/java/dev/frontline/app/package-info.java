/**
 * The application: the CLI ({@link dev.frontline.app.Main}), and the composition root
 * ({@link dev.frontline.app.Features}) that wires every feature in one list. The only package that
 * may import everything.
 */
package dev.frontline.app;
