package dev.frontline.core.escalation;

import java.time.Instant;

/**
 * An escalation card and its decision. {@code status} moves once, from PENDING to a decision.
 *
 * @param refundId the refund this card asks approval for, or null
 */
public record Escalation(long id, long ticketId, String category, String asked, String tried, String next1, String next2,
                         String route, String channel, String createdBy, Instant createdAt, Status status,
                         String decidedBy, String decision, String reason, Instant decidedAt, Long refundId) {

    public enum Status { PENDING, APPROVED, DENIED, TAKEN_OVER }

    public String cardId() {
        return "esc-" + id;
    }
}
