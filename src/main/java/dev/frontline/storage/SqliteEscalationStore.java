package dev.frontline.storage;

import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.escalation.EscalationStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link EscalationStore} on SQLite; a decision is an {@code UPDATE … WHERE status = 'PENDING'}. */
public final class SqliteEscalationStore implements EscalationStore {
    private final Database db;

    public SqliteEscalationStore(Database db) {
        this.db = db;
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
        List<Escalation> l = select("SELECT * FROM escalations WHERE id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    @Override
    public List<Escalation> pending() {
        return select("SELECT * FROM escalations WHERE status = 'PENDING' ORDER BY id");
    }

    @Override
    public List<Escalation> createdBetween(Instant from, Instant to) {
        return select("SELECT * FROM escalations WHERE created_at >= ? AND created_at < ? ORDER BY id", from.toEpochMilli(), to.toEpochMilli());
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
    public boolean decide(long id, Escalation.Status status, String by, String decision, String reason, Instant at) {
        return db.update("UPDATE escalations SET status = ?, decided_by = ?, decision = ?, reason = ?, decided_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", status.name(), by, decision, reason, at.toEpochMilli(), id) == 1;
    }

    @Override
    public long addRefund(long ticketId, String customerId, double amount, String reason, String by, Instant at, String status) {
        return db.insert("INSERT INTO refunds (ticket_id, customer_id, amount, reason, requested_by, requested_at, status) "
                + "VALUES (?,?,?,?,?,?,?)", ticketId, customerId, amount, reason, by, at.toEpochMilli(), status);
    }

    @Override
    public void setRefundStatus(long refundId, String status) {
        db.update("UPDATE refunds SET status = ? WHERE id = ?", status, refundId);
    }

    @Override
    public int refundsSince(String customerId, Instant since) {
        return count("SELECT COUNT(*) FROM refunds WHERE customer_id = ? AND requested_at >= ? AND status IN ('GRANTED', 'APPROVED')",
                customerId, since.toEpochMilli());
    }

    @Override
    public int pendingRefunds() {
        return count("SELECT COUNT(*) FROM refunds WHERE status = 'PENDING_APPROVAL'");
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
