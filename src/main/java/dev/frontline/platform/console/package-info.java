/**
 * The console platform: an interactive chat in the terminal (also scriptable from stdin) and
 * replay of JSON-lines transcripts with a simulated clock. Both drive the real bot.
 */
package dev.frontline.platform.console;
