package dev.frontline.core.port;

import dev.frontline.core.model.Action;

/**
 * One stored action on its way to a platform (an outbox row).
 *
 * @param id          the outbox row, unique: platforms may use it as an idempotency key (Discord nonce,
 *                    Slack message metadata) so that a delivery can be checked after a timeout
 * @param replyTo     how to answer the person who caused it, or null
 * @param attempts    earlier attempts to deliver it
 * @param verifyFirst true when an earlier attempt may have succeeded (it timed out, or its sender died):
 *                    the platform must check before posting again
 * @param createdAt   when the action was stored
 */
public record Outgoing(long id, Action action, Interaction replyTo, int attempts, boolean verifyFirst, java.time.Instant createdAt) {}
