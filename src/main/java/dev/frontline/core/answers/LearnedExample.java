package dev.frontline.core.answers;

import java.time.Instant;

/** A customer message proposed as a new example phrasing for a macro, awaiting an owner's review. */
public record LearnedExample(long id, String macroId, String text, Long ticketId, String proposedBy, Instant proposedAt,
                             Status status) {
    public enum Status { PENDING, ACCEPTED, REJECTED }
}
