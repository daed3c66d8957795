package dev.frontline.storage;

import dev.frontline.core.answers.AnswerStore;
import dev.frontline.core.answers.LearnedExample;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link AnswerStore} over JDBC: learned examples and doc gaps. */
public final class JdbcAnswerStore implements AnswerStore {
    private final Database db;

    public JdbcAnswerStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean propose(String macroId, String text, Long ticketId, String proposedBy, Instant at) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO learned_examples (macro_id, text, ticket_id, proposed_by, "
                    + "proposed_at, status) VALUES (?,?,?,?,?,?) ON CONFLICT (macro_id, text) DO NOTHING")) {
                ps.setString(1, macroId);
                ps.setString(2, text);
                ps.setObject(3, ticketId);
                ps.setString(4, proposedBy);
                ps.setLong(5, at.toEpochMilli());
                ps.setString(6, LearnedExample.Status.PENDING.name());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<LearnedExample> pending() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM learned_examples WHERE status = 'PENDING' ORDER BY id")) {
                List<LearnedExample> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long ticket = rs.getLong("ticket_id");
                        Long ticketId = rs.wasNull() ? null : ticket;
                        list.add(new LearnedExample(rs.getLong("id"), rs.getString("macro_id"), rs.getString("text"), ticketId,
                                rs.getString("proposed_by"), Sql.instant(rs, "proposed_at"), LearnedExample.Status.valueOf(rs.getString("status"))));
                    }
                }
                return list;
            }
        });
    }

    @Override
    public boolean decide(long id, boolean accept, String by, Instant at) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE learned_examples SET status = ?, decided_by = ?, decided_at = ? "
                    + "WHERE id = ? AND status = 'PENDING'")) {
                ps.setString(1, (accept ? LearnedExample.Status.ACCEPTED : LearnedExample.Status.REJECTED).name());
                ps.setString(2, by);
                ps.setLong(3, at.toEpochMilli());
                ps.setLong(4, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Map<String, List<String>> accepted() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT macro_id, text FROM learned_examples WHERE status = 'ACCEPTED' ORDER BY id")) {
                Map<String, List<String>> map = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
                return map;
            }
        });
    }

    @Override
    public void recordGap(Long ticketId, String text, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_gaps (ticket_id, text, at) VALUES (?,?,?)")) {
                ps.setObject(1, ticketId);
                ps.setString(2, text);
                ps.setLong(3, at.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<DocGap> gaps(Instant from, Instant to) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM doc_gaps WHERE at >= ? AND at < ? ORDER BY at, id")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                List<DocGap> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long ticket = rs.getLong("ticket_id");
                        list.add(new DocGap(rs.getLong("id"), rs.wasNull() ? null : ticket, rs.getString("text"), Sql.instant(rs, "at")));
                    }
                }
                return list;
            }
        });
    }
}
