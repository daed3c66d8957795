/**
 * The unit of work around the pure core: an inbound event is stored in the inbox (its platform's
 * unique key makes a duplicate a no-op) before it is acknowledged; it is handled on the serial lane
 * of its conversation, in one transaction with its state changes, its outgoing actions (the
 * outbox) and its "done" mark; the outbox sender delivers each action once, retrying what the
 * platform refused. {@code Bot.handle} stays a function from an event to actions.
 */
package dev.frontline.dispatch;
