/**
 * Notifications people keep reading: the one live <i>Pending decisions</i> message, reminders of
 * undecided cards that back off and respect coverage, and {@code /notify} (channel, direct message or off).
 */
package dev.frontline.core.notify;
