package dev.frontline.storage;

import dev.frontline.core.model.Inbound;
import dev.frontline.dispatch.Envelope;
import dev.frontline.dispatch.InboxStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inbox table. The unique {@code event_key} is the deduplication: storing a key twice is a
 * no-op ({@code INSERT … ON CONFLICT DO NOTHING}, portable between SQLite and PostgreSQL).
 */
public final class JdbcInbox implements InboxStore {
    private static final String PENDING = "PENDING";
    private static final String INSERT = "INSERT INTO inbox (event_key, platform, lane, payload, interaction, status, attempts, "
            + "next_attempt_at, received_at) VALUES (?,?,?,?,?,?,0,?,?) ON CONFLICT (event_key) DO NOTHING";
    private final Database db;
    /** SQLite: events arriving together share one durable commit (one fsync); PostgreSQL commits in parallel on its pool. */
    private final GroupCommit<Arrival, Boolean> group;

    private record Arrival(Envelope envelope, String lane, Instant at) {}

    public JdbcInbox(Database db) {
        this.db = db;
        this.group = db.dialect() == Database.Dialect.SQLITE ? new GroupCommit<>(this::insertAll) : null;
    }

    @Override
    public boolean store(Envelope e, String lane, Instant at) {
        // On disk before it returns: the adapter acknowledges the event right after.
        Arrival a = new Arrival(e, lane, at);
        return group != null ? group.submit(a) : insertAll(List.of(a)).get(0);
    }

    /** One durable transaction; per arrival whether it was new (a key already stored, or twice in the batch, is not). */
    private List<Boolean> insertAll(List<Arrival> arrivals) {
        return db.inDurableTransaction(c -> {
            List<Boolean> inserted = new ArrayList<>(arrivals.size());
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Arrival a : arrivals) {
                    Envelope e = a.envelope();
                    Database.bind(ps, e.key(), e.inbound().place().platform(), a.lane(), WireFormat.write(e.inbound()),
                            WireFormat.interaction(e.interaction()), PENDING, a.at().toEpochMilli(), a.at().toEpochMilli());
                    inserted.add(ps.executeUpdate() == 1);
                }
            }
            return inserted;
        });
    }

    @Override
    public Optional<Stored> head(String lane) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM inbox WHERE lane = ? AND status = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, lane);
                ps.setString(2, PENDING);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Stored(rs.getLong("id"), rs.getString("event_key"), rs.getString("lane"),
                            WireFormat.read(rs.getString("payload"), Inbound.class), WireFormat.interaction(rs.getString("interaction")),
                            rs.getInt("attempts"), Sql.instant(rs, "next_attempt_at")));
                }
            }
        });
    }

    @Override
    public void markDone(long id, Instant at) {
        db.update("UPDATE inbox SET status = 'DONE', done_at = ?, error = NULL WHERE id = ?", at.toEpochMilli(), id);
    }

    @Override
    public void retryLater(long id, int attempts, Instant next, String error) {
        db.update("UPDATE inbox SET attempts = ?, next_attempt_at = ?, error = ? WHERE id = ? AND status = ?", attempts, next.toEpochMilli(),
                Sql.cut(error), id, PENDING);
    }

    @Override
    public void markFailed(long id, String error, Instant at) {
        db.update("UPDATE inbox SET status = 'FAILED', done_at = ?, error = ? WHERE id = ?", at.toEpochMilli(), Sql.cut(error), id);
    }

    @Override
    public List<String> lanesWithWork() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT lane, MIN(id) AS first_id FROM inbox WHERE status = ? GROUP BY lane ORDER BY first_id")) {
                ps.setString(1, PENDING);
                List<String> lanes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) lanes.add(rs.getString(1));
                }
                return lanes;
            }
        });
    }

    @Override
    public List<String> stalledLanes(Instant before, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT lane FROM inbox WHERE status = ? AND received_at < ? "
                    + "AND next_attempt_at <= ?")) {
                ps.setString(1, PENDING);
                ps.setLong(2, before.toEpochMilli());
                ps.setLong(3, now.toEpochMilli());
                List<String> lanes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) lanes.add(rs.getString(1));
                }
                return lanes;
            }
        });
    }

    @Override
    public Optional<Instant> oldestDue(Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(received_at) FROM inbox WHERE status = ? AND next_attempt_at <= ?")) {
                ps.setString(1, PENDING);
                ps.setLong(2, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(v));
                }
            }
        });
    }

    @Override
    public int unfinished() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM inbox WHERE status = ?")) {
                ps.setString(1, PENDING);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public int forgetHandledBefore(Instant before) {
        return db.update("DELETE FROM inbox WHERE status <> ? AND received_at < ?", PENDING, before.toEpochMilli());
    }
}
