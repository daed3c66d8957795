package dev.frontline.storage;

import dev.frontline.core.notify.NotifyStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link NotifyStore} for one platform: card reminders, the live queue's text, /notify choices (V9). */
public final class JdbcNotifyStore implements NotifyStore {
    private final Database db;
    private final String platform;

    public JdbcNotifyStore(Database db, String platform) {
        this.db = db;
        this.platform = platform;
    }

    @Override
    public Optional<Reminded> reminded(String cardId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sent, last_sent_at FROM card_reminders WHERE platform = ? AND card_id = ?")) {
                ps.setString(1, platform);
                ps.setString(2, cardId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Reminded(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void recordReminder(String cardId, int sent, Instant at) {
        db.update("INSERT INTO card_reminders (platform, card_id, sent, last_sent_at) VALUES (?,?,?,?) ON CONFLICT (platform, card_id) "
                + "DO UPDATE SET sent = excluded.sent, last_sent_at = excluded.last_sent_at", platform, cardId, sent, at.toEpochMilli());
    }

    @Override
    public Optional<String> queueText() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM pending_queue WHERE platform = ?")) {
                ps.setString(1, platform);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveQueueText(String text, Instant at) {
        db.update("INSERT INTO pending_queue (platform, text, at) VALUES (?,?,?) ON CONFLICT (platform) "
                + "DO UPDATE SET text = excluded.text, at = excluded.at", platform, text, at.toEpochMilli());
    }

    @Override
    public Mode mode(String userId) {
        return modes().getOrDefault(userId, Mode.CHANNEL);
    }

    @Override
    public void setMode(String userId, Mode mode) {
        db.update("INSERT INTO notify_modes (platform, user_id, mode) VALUES (?,?,?) ON CONFLICT (platform, user_id) "
                + "DO UPDATE SET mode = excluded.mode", platform, userId, mode.name());
    }

    @Override
    public Map<String, Mode> modes() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT user_id, mode FROM notify_modes WHERE platform = ? ORDER BY user_id")) {
                ps.setString(1, platform);
                Map<String, Mode> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), Mode.valueOf(rs.getString(2)));
                }
                return out;
            }
        });
    }
}
