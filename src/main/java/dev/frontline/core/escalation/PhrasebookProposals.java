package dev.frontline.core.escalation;

import java.time.Instant;

/**
 * Where the team's corrections go: a customer message proposed as a phrasebook line for a category
 * (or {@code none}), pending an owner's or lead's review. Supplied by the answer bank's review queue,
 * so macro examples and phrasebook lines are reviewed with one {@code /examples}.
 */
@FunctionalInterface
public interface PhrasebookProposals {
    /** @return false when the same line was proposed for that category before */
    boolean propose(String category, String text, Long ticketId, String proposedBy, Instant at);

    static PhrasebookProposals none() {
        return (category, text, ticketId, by, at) -> false;
    }
}
