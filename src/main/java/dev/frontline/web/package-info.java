/**
 * The read-only web view for owners and leads: one-time signed links from {@code /dashboard},
 * an HttpOnly session cookie, and server-rendered pages (Mustache, every stored text escaped)
 * over the JDK's HTTP server.
 */
package dev.frontline.web;
