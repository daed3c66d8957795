package dev.frontline.core.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable escalations, refunds and the audit log. Every write is committed when the method returns. */
public interface EscalationStore {

    Escalation create(long ticketId, String category, String asked, String tried, String next1, String next2, String route,
                      String channel, String createdBy, Instant at, Long refundId);

    Optional<Escalation> find(long id);

    List<Escalation> pending();

    List<Escalation> createdBetween(Instant from, Instant to);

    /**
     * Records the decision only if the escalation is still pending: of many clicks, even at the same
     * moment, exactly one returns true.
     */
    boolean decide(long id, Escalation.Status status, String by, String decision, Integer approvedOption, String reason, Instant at);

    /** A refund request. {@code status}: GRANTED (in policy), PENDING_APPROVAL, APPROVED, DENIED. */
    long addRefund(long ticketId, String customerId, dev.frontline.core.model.Money amount, String reason, String by, Instant at, String status);

    void setRefundStatus(long refundId, String status);

    /** The pending card of a refund of {@code amount} on the ticket that still waits for approval, if any. */
    Optional<Escalation> pendingRefundCard(long ticketId, dev.frontline.core.model.Money amount);

    /** Keeps the reply that promised the refund until the decision. */
    void holdText(long refundId, String text);

    /** The reply held for a refund's decision, if any. */
    Optional<String> heldText(long refundId);

    /** Refunds granted or approved for a customer since {@code since}. */
    int refundsSince(String customerId, Instant since);

    int pendingRefunds();

    void audit(String actor, String action, String subject, String detail, Instant at);
}
