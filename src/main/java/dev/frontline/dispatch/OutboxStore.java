package dev.frontline.dispatch;

import dev.frontline.core.model.Action;
import dev.frontline.core.port.Interaction;
import dev.frontline.core.port.Outgoing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Durable outgoing actions: the outbox. Implemented by the storage package. */
public interface OutboxStore {

    /** Stores actions for delivery; joins the unit of work that produced them. */
    void enqueue(List<Action> actions, Interaction replyTo, Instant at);

    /**
     * Claims up to {@code max} due actions of a platform for {@code lease}: per order key only the
     * oldest unfinished one, so actions to one conversation (or card) are delivered in order.
     * An action whose earlier claim expired comes back with {@link Outgoing#verifyFirst()} set.
     */
    List<Outgoing> claim(String platform, Instant now, int max, String owner, Duration lease);

    /** An action delivered: its row and what the platform calls it. */
    record Delivered(long id, String ref, Instant at) {}

    /**
     * Records deliveries, then claims as {@link #claim}: one transaction for both, so the sender
     * of a busy desk commits once per round, not once per message.
     */
    default List<Outgoing> recordAndClaim(List<Delivered> delivered, String platform, Instant now, int max, String owner, Duration lease) {
        for (Delivered d : delivered) sent(d.id(), d.ref(), d.at());
        return claim(platform, now, max, owner, lease);
    }

    /**
     * Ends every claim at once, so that actions claimed by a process that died are verified and
     * sent now rather than after their lease (only where one process owns the store: SQLite).
     */
    int releaseClaims();

    void sent(long id, String ref, Instant at);

    void retry(long id, int attempts, Instant next, String error);

    /** Delivery may have happened: verify before the next attempt. */
    void verifyLater(long id, int attempts, Instant next, String error);

    void failed(long id, String error, Instant at);

    /** What waits to be delivered on a platform. */
    Backlog backlog(String platform, Instant now);

    /** When the next action of a platform becomes due, if any is waiting. */
    java.util.Optional<Instant> nextDue(String platform);

    /** Forgets delivered and failed actions created before {@code before}. */
    int forgetFinishedBefore(Instant before);

    /** @param oldest when the oldest waiting action was created, or null */
    record Backlog(int waiting, int retrying, int failedLastDay, Instant oldest) {}
}
