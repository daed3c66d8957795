package dev.frontline.storage;

import dev.frontline.core.metrics.CsatStore;
import dev.frontline.core.shift.ShiftStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ShiftStore} and {@link CsatStore} for one platform's desk: its shift notes and summaries,
 * and the CSAT answers of its tickets.
 */
public final class JdbcShiftStore implements ShiftStore, CsatStore {
    private final Database db;
    private final String platform;

    public JdbcShiftStore(Database db, String platform) {
        this.db = db;
        this.platform = platform;
    }

    @Override
    public void addNote(String shiftKey, String kind, String author, String text, Instant at) {
        db.update("INSERT INTO shift_notes (platform, shift_key, kind, author, text, at) VALUES (?,?,?,?,?,?)", platform, shiftKey, kind,
                author, text, at.toEpochMilli());
    }

    @Override
    public List<Note> notes(String shiftKey) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM shift_notes WHERE platform = ? AND shift_key = ? ORDER BY id")) {
                ps.setString(1, platform);
                ps.setString(2, shiftKey);
                List<Note> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Note(rs.getString("shift_key"), rs.getString("kind"), rs.getString("author"), rs.getString("text"),
                                Sql.instant(rs, "at")));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public void saveSummary(String shiftKey, String kind, String text, Instant at) {
        db.update("INSERT INTO shift_summaries (platform, shift_key, kind, text, at) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (platform, shift_key, kind) DO UPDATE SET text = excluded.text, at = excluded.at", platform, shiftKey, kind, text,
                at.toEpochMilli());
    }

    @Override
    public Optional<String> summary(String shiftKey, String kind) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM shift_summaries WHERE platform = ? AND shift_key = ? AND kind = ?")) {
                ps.setString(1, platform);
                ps.setString(2, shiftKey);
                ps.setString(3, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveDue(long ticketId, Instant dueAt) {
        db.update("INSERT INTO sla_due (ticket_id, due_at) VALUES (?,?) ON CONFLICT (ticket_id) DO UPDATE SET due_at = excluded.due_at",
                ticketId, dueAt.toEpochMilli());
    }

    @Override
    public Optional<Instant> due(long ticketId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT due_at FROM sla_due WHERE ticket_id = ?")) {
                ps.setLong(1, ticketId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean answer(long ticketId, Instant resolvedAt, String customerId, boolean helpful, Instant at) {
        return db.update("INSERT INTO csat (ticket_id, resolved_at, customer_id, helpful, answered_at) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (ticket_id, resolved_at) DO NOTHING", ticketId, resolvedAt.toEpochMilli(), customerId, helpful ? 1 : 0,
                at.toEpochMilli()) == 1;
    }

    @Override
    public void comment(long ticketId, Instant resolvedAt, String comment) {
        db.update("UPDATE csat SET comment = ? WHERE ticket_id = ? AND resolved_at = ?", comment, ticketId, resolvedAt.toEpochMilli());
    }

    @Override
    public List<Answer> answeredBetween(Instant from, Instant to) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT csat.* FROM csat JOIN tickets t ON t.id = csat.ticket_id "
                    + "WHERE t.platform = ? AND answered_at >= ? AND answered_at < ? ORDER BY answered_at")) {
                ps.setString(1, platform);
                ps.setLong(2, from.toEpochMilli());
                ps.setLong(3, to.toEpochMilli());
                List<Answer> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Answer(rs.getLong("ticket_id"), Sql.instant(rs, "resolved_at"), rs.getString("customer_id"),
                                rs.getInt("helpful") == 1, rs.getString("comment"), Sql.instant(rs, "answered_at")));
                    }
                }
                return list;
            }
        });
    }

}
