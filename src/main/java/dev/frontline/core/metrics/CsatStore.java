package dev.frontline.core.metrics;

import java.time.Instant;
import java.util.List;

/** Customer satisfaction answers, one per resolution of a ticket. */
public interface CsatStore {

    record Answer(long ticketId, Instant resolvedAt, String customerId, boolean helpful, String comment, Instant answeredAt) {}

    /** Stores the answer unless this resolution was already rated; true if stored. */
    boolean answer(long ticketId, Instant resolvedAt, String customerId, boolean helpful, Instant at);

    /** Adds the optional comment to a stored answer. */
    void comment(long ticketId, Instant resolvedAt, String comment);

    List<Answer> answeredBetween(Instant from, Instant to);
}
