package dev.frontline.storage;

import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.escalation.EscalationStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link EscalationStore} for one platform's desk (the escalations of its tickets); a decision is an
 * {@code UPDATE … WHERE status = 'PENDING'}, and the decision, the refund's status and the audit row
 * join the caller's unit of work, so they commit together.
 */
public final class JdbcEscalationStore implements EscalationStore {
    private final Database db;
    private final String platform;

    /** @param platform the desk's platform, or null for every platform (looking an escalation up by id) */
    public JdbcEscalationStore(Database db, String platform) {
        this.db = db;
        this.platform = platform;
    }

    /** {@code FROM table e …WHERE} restricted to this desk's tickets, and the parameters with the platform first. */
    private String from(String table) {
        return platform == null ? " FROM " + table + " e WHERE " : " FROM " + table + " e JOIN tickets t ON t.id = e.ticket_id WHERE t.platform = ? AND ";
    }

    private Object[] params(Object... rest) {
        if (platform == null) return rest;
        Object[] all = new Object[rest.length + 1];
        all[0] = platform;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Override
    public Escalation create(long ticketId, String category, String asked, String tried, String next1, String next2, String route,
                             String channel, String createdBy, Instant at, Long refundId) {
        long id = db.insert("INSERT INTO escalations (ticket_id, category, asked, tried, next1, next2, route, channel, created_by, "
                + "created_at, status, refund_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", ticketId, category, asked, tried, next1, next2, route,
                channel, createdBy, at.toEpochMilli(), Escalation.Status.PENDING.name(), refundId);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Escalation> find(long id) {
        List<Escalation> l = select("SELECT e.*" + from("escalations") + "e.id = ?", params(id));
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    @Override
    public List<Escalation> pending() {
        return select("SELECT e.*" + from("escalations") + "e.status = 'PENDING' ORDER BY e.id", params());
    }

    @Override
    public List<Escalation> createdBetween(Instant from, Instant to) {
        return select("SELECT e.*" + from("escalations") + "e.created_at >= ? AND e.created_at < ? ORDER BY e.id",
                params(from.toEpochMilli(), to.toEpochMilli()));
    }

    private List<Escalation> select(String sql, Object... params) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                List<Escalation> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long refund = rs.getLong("refund_id");
                        Long refundId = rs.wasNull() ? null : refund;
                        list.add(new Escalation(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("category"), rs.getString("asked"),
                                rs.getString("tried"), rs.getString("next1"), rs.getString("next2"), rs.getString("route"),
                                rs.getString("channel"), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                                Escalation.Status.valueOf(rs.getString("status")), rs.getString("decided_by"), rs.getString("decision"),
                                rs.getString("reason"), Sql.instant(rs, "decided_at"), refundId));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public boolean decide(long id, Escalation.Status status, String by, String decision, Integer approvedOption, String reason, Instant at) {
        return db.update("UPDATE escalations SET status = ?, decided_by = ?, decision = ?, approved_option = ?, reason = ?, decided_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", status.name(), by, decision, approvedOption, reason, at.toEpochMilli(), id) == 1;
    }

    @Override
    public long addRefund(long ticketId, String customerId, dev.frontline.core.model.Money amount, String reason, String by, Instant at,
                          String status) {
        return db.insert("INSERT INTO refunds (ticket_id, customer_id, amount_minor, currency, reason, requested_by, requested_at, status) "
                + "VALUES (?,?,?,?,?,?,?,?)", ticketId, customerId, amount.minor(), amount.currency(), reason, by, at.toEpochMilli(), status);
    }

    @Override
    public void setRefundStatus(long refundId, String status) {
        db.update("UPDATE refunds SET status = ? WHERE id = ?", status, refundId);
    }

    @Override
    public Optional<Escalation> pendingRefundCard(long ticketId, dev.frontline.core.model.Money amount) {
        List<Escalation> l = select("SELECT e.*" + from("escalations") + "e.ticket_id = ? AND e.status = 'PENDING' AND e.refund_id IN "
                + "(SELECT r.id FROM refunds r WHERE r.ticket_id = ? AND r.status = 'PENDING_APPROVAL' AND r.amount_minor = ? "
                + "AND COALESCE(r.currency, '') = ?) ORDER BY e.id", params(ticketId, ticketId, amount.minor(),
                amount.currency() == null ? "" : amount.currency()));
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    @Override
    public void holdText(long refundId, String text) {
        db.update("UPDATE refunds SET held_text = ? WHERE id = ?", text, refundId);
    }

    @Override
    public Optional<String> heldText(long refundId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT held_text FROM refunds WHERE id = ?")) {
                ps.setLong(1, refundId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public int refundsSince(String customerId, Instant since) {
        return count("SELECT COUNT(*) FROM refunds WHERE customer_id = ? AND requested_at >= ? AND status IN ('GRANTED', 'APPROVED')",
                customerId, since.toEpochMilli());
    }

    @Override
    public int pendingRefunds() {
        return count("SELECT COUNT(*)" + from("refunds") + "e.status = 'PENDING_APPROVAL'", params());
    }

    @Override
    public void audit(String actor, String action, String subject, String detail, Instant at) {
        db.update("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?,?,?,?,?)", at.toEpochMilli(), actor, action, subject, detail);
    }

    private int count(String sql, Object... params) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

}
