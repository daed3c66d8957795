package dev.frontline.dispatch;

import dev.frontline.core.model.Inbound;
import dev.frontline.core.port.Interaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable inbound events: the inbox. Implemented by the storage package. */
public interface InboxStore {

    /** An event as stored, with its bookkeeping. */
    record Stored(long id, String key, String lane, Inbound inbound, Interaction interaction, int attempts, Instant notBefore) {}

    /**
     * Stores the event on {@code lane} unless its key is already known, and commits before
     * returning (the caller acknowledges right after). Returns true for a new event.
     */
    boolean store(Envelope envelope, String lane, Instant at);

    /** The oldest unfinished event of a lane, due or not (a lane keeps its order while it waits). */
    Optional<Stored> head(String lane);

    /** Marks an event handled; joins the unit of work that applied it. */
    void markDone(long id, Instant at);

    /** Handling failed; try again not before {@code next}. */
    void retryLater(long id, int attempts, Instant next, String error);

    /** Handling failed for good: set aside (logged, counted), so the lane goes on. */
    void markFailed(long id, String error, Instant at);

    /** Lanes that have unfinished events (to resume after a restart). */
    List<String> lanesWithWork();

    /**
     * Lanes whose oldest unfinished event was received before {@code before} and is due: work another
     * replica stored and then could not finish (it died), for this one to take over.
     */
    List<String> stalledLanes(Instant before, Instant now);

    /** Events stored and not yet handled. */
    int unfinished();

    /** When the oldest unfinished event that is due now was received, if there is one. */
    Optional<Instant> oldestDue(Instant now);

    /** Forgets handled events received before {@code before} (their keys stop deduplicating). */
    int forgetHandledBefore(Instant before);
}
