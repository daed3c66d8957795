/**
 * The interfaces the core needs from the outside world — the chat platform, durable storage, the
 * once-only guard — implemented in {@code platform.*} and {@code storage}.
 */
package dev.frontline.core.port;
