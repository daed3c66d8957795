package dev.frontline.core.answers;

import java.time.Instant;

/**
 * A customer message proposed as a new example phrasing, awaiting an owner's review: for a macro
 * ({@code macroId} is its id) or for the escalation phrasebook ({@code macroId} is
 * {@code phrasebook:<category>}; macro ids cannot contain ':').
 */
public record LearnedExample(long id, String macroId, String text, Long ticketId, String proposedBy, Instant proposedAt,
                             Status status) {
    public enum Status { PENDING, ACCEPTED, REJECTED }

    /** Target prefix of escalation phrasebook lines in the review queue. */
    public static final String PHRASEBOOK = "phrasebook:";

    /** The phrasebook category this line is for, or null for a macro example. */
    public String phrasebookCategory() {
        return macroId.startsWith(PHRASEBOOK) ? macroId.substring(PHRASEBOOK.length()) : null;
    }

    /** How the review list names what the example is for. */
    public String target() {
        String category = phrasebookCategory();
        return category == null ? macroId : "escalation phrasebook '" + category + "'";
    }
}
