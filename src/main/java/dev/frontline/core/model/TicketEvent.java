package dev.frontline.core.model;

import java.time.Instant;

/**
 * One entry in a ticket's history. {@code text} is what was said (customer or agent text, a note);
 * {@code detail} is a short machine-readable qualifier (macro id, tag, new status, assignee).
 * {@code id} is 0 until stored.
 */
public record TicketEvent(long id, long ticketId, EventType type, String actorId, String text,
                          String detail, Instant at) {

    public static TicketEvent of(long ticketId, EventType type, String actorId, String text,
                                 String detail, Instant at) {
        return new TicketEvent(0, ticketId, type, actorId, text, detail, at);
    }
}
