/** Tickets: the lifecycle (open, reply, wait, resolve, reopen) and the staff commands that drive it. */
package dev.frontline.core.ticket;
