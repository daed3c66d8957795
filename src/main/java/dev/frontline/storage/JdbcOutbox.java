package dev.frontline.storage;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Place;
import dev.frontline.core.port.Interaction;
import dev.frontline.core.port.Outgoing;
import dev.frontline.dispatch.OutboxStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox table. Each row has an order key: the conversation it posts to (or the card it shows),
 * so that a claim takes only the oldest unfinished row per key and one conversation's messages
 * arrive in the order they were produced, while different conversations go out in parallel.
 * Statuses: PENDING (to send), CHECK (an attempt may have arrived: verify first), SENDING (claimed
 * until {@code lease_until}; an expired claim is verified too), SENT, FAILED.
 */
public final class JdbcOutbox implements OutboxStore {
    private static final String UNFINISHED = "('PENDING', 'CHECK', 'SENDING')";
    private final Database db;

    public JdbcOutbox(Database db) {
        this.db = db;
    }

    @Override
    public void enqueue(List<Action> actions, Interaction replyTo, Instant at) {
        if (actions.isEmpty()) return;
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (platform, order_key, card_id, action, interaction, status, "
                    + "attempts, next_attempt_at, created_at) VALUES (?,?,?,?,?,'PENDING',0,?,?)")) {
                for (Action a : actions) {
                    String card = cardOf(a);
                    ps.setString(1, a.platform());
                    ps.setString(2, orderKey(c, a));
                    ps.setString(3, card);
                    ps.setString(4, WireFormat.write(a));
                    // Only what answers the person who caused it needs their interaction.
                    ps.setString(5, answersTheCaller(a, replyTo) ? WireFormat.interaction(replyTo) : null);
                    ps.setLong(6, at.toEpochMilli());
                    ps.setLong(7, at.toEpochMilli());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static boolean answersTheCaller(Action a, Interaction i) {
        if (i == null) return false;
        if (a instanceof Action.PrivateReply p) return p.userId().equals(i.userId());
        if (a instanceof Action.OpenForm f) return f.userId().equals(i.userId());
        return false;
    }

    private static String cardOf(Action a) {
        if (a instanceof Action.PostCard p) return p.card().id();
        if (a instanceof Action.UpdateCard u) return u.cardId();
        return null;
    }

    /**
     * The conversation an action belongs to. A card's key is the conversation it would open (its
     * channel, with the card id as thread): a trial's sample ticket lives in the thread under its
     * card, so its replies wait for the card. An update goes in line behind its card.
     */
    private String orderKey(Connection c, Action a) throws SQLException {
        if (a instanceof Action.PostCard p) return p.place().top().inThread(p.card().id()).conversationKey();
        if (a instanceof Action.UpdateCard u) {
            try (PreparedStatement ps = c.prepareStatement("SELECT order_key FROM outbox WHERE platform = ? AND card_id = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, u.platform());
                ps.setString(2, u.cardId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return rs.getString(1);
                }
            }
            return u.platform() + ":card:" + u.cardId();
        }
        if (a instanceof Action.StaffNote n) return (n.about() != null ? n.about() : n.place()).conversationKey();
        // A form must open within seconds: it waits for nobody.
        if (a instanceof Action.OpenForm f) return f.place().platform() + ":form:" + UUID.randomUUID();
        Place place = a instanceof Action.Reply r ? r.place() : a instanceof Action.PrivateReply p ? p.place()
                : a instanceof Action.StartThread t ? t.place() : ((Action.UploadFile) a).place();
        return place.conversationKey();
    }

    @Override
    public List<Outgoing> claim(String platform, Instant now, int max, String owner, Duration lease) {
        long t = now.toEpochMilli();
        return db.inTransaction(c -> {
            String lock = db.dialect() == Database.Dialect.POSTGRESQL ? " FOR UPDATE OF o SKIP LOCKED" : "";
            List<Outgoing> claimed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.action, o.interaction, o.attempts, o.status, o.created_at FROM outbox o "
                    + "WHERE o.platform = ? AND o.status IN " + UNFINISHED + " AND o.next_attempt_at <= ? "
                    + "AND (o.status <> 'SENDING' OR o.lease_until < ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.order_key = o.order_key AND p.id < o.id AND p.status IN " + UNFINISHED + ") "
                    + "ORDER BY o.id LIMIT ?" + lock)) {
                ps.setString(1, platform);
                ps.setLong(2, t);
                ps.setLong(3, t);
                ps.setInt(4, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean verify = !rs.getString("status").equals("PENDING");
                        claimed.add(new Outgoing(rs.getLong("id"), WireFormat.read(rs.getString("action"), Action.class),
                                WireFormat.interaction(rs.getString("interaction")), rs.getInt("attempts"), verify,
                                Sql.instant(rs, "created_at")));
                    }
                }
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE outbox SET status = 'SENDING', lease_until = ?, leased_by = ? WHERE id = ?")) {
                for (Outgoing o : claimed) {
                    up.setLong(1, t + lease.toMillis());
                    up.setString(2, owner);
                    up.setLong(3, o.id());
                    up.addBatch();
                }
                if (!claimed.isEmpty()) up.executeBatch();
            }
            return claimed;
        });
    }

    @Override
    public List<Outgoing> recordAndClaim(List<Delivered> delivered, String platform, Instant now, int max, String owner, Duration lease) {
        return db.inTransaction(c -> {
            if (!delivered.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = 'SENT', sent_at = ?, platform_ref = ?, "
                        + "lease_until = NULL, error = NULL WHERE id = ?")) {
                    for (Delivered d : delivered) {
                        ps.setLong(1, d.at().toEpochMilli());
                        ps.setString(2, d.ref());
                        ps.setLong(3, d.id());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return claim(platform, now, max, owner, lease);
        });
    }

    @Override
    public int releaseClaims() {
        return db.update("UPDATE outbox SET lease_until = 0 WHERE status = 'SENDING'");
    }

    @Override
    public void sent(long id, String ref, Instant at) {
        db.update("UPDATE outbox SET status = 'SENT', sent_at = ?, platform_ref = ?, lease_until = NULL, error = NULL WHERE id = ?",
                at.toEpochMilli(), ref, id);
    }

    @Override
    public void retry(long id, int attempts, Instant next, String error) {
        db.update("UPDATE outbox SET status = 'PENDING', attempts = ?, next_attempt_at = ?, lease_until = NULL, error = ? WHERE id = ?",
                attempts, next.toEpochMilli(), Sql.cut(error), id);
    }

    @Override
    public void verifyLater(long id, int attempts, Instant next, String error) {
        db.update("UPDATE outbox SET status = 'CHECK', attempts = ?, next_attempt_at = ?, lease_until = NULL, error = ? WHERE id = ?",
                attempts, next.toEpochMilli(), Sql.cut(error), id);
    }

    @Override
    public void failed(long id, String error, Instant at) {
        db.update("UPDATE outbox SET status = 'FAILED', sent_at = ?, lease_until = NULL, error = ? WHERE id = ?", at.toEpochMilli(),
                Sql.cut(error), id);
    }

    @Override
    public Backlog backlog(String platform, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT "
                    + "SUM(CASE WHEN status IN " + UNFINISHED + " THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN status IN " + UNFINISHED + " AND attempts > 0 THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN status = 'FAILED' AND sent_at >= ? THEN 1 ELSE 0 END), "
                    + "MIN(CASE WHEN status IN " + UNFINISHED + " THEN created_at END) FROM outbox WHERE platform = ?")) {
                ps.setLong(1, now.minus(Duration.ofDays(1)).toEpochMilli());
                ps.setString(2, platform);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long oldest = rs.getLong(4);
                    boolean none = rs.wasNull();
                    return new Backlog(rs.getInt(1), rs.getInt(2), rs.getInt(3), none ? null : Instant.ofEpochMilli(oldest));
                }
            }
        });
    }

    @Override
    public Optional<Instant> nextDue(String platform) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(CASE WHEN status = 'SENDING' THEN lease_until ELSE next_attempt_at END) "
                    + "FROM outbox WHERE platform = ? AND status IN " + UNFINISHED)) {
                ps.setString(1, platform);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
                }
            }
        });
    }

    @Override
    public int forgetFinishedBefore(Instant before) {
        return db.update("DELETE FROM outbox WHERE status IN ('SENT', 'FAILED') AND created_at < ?", before.toEpochMilli());
    }
}
