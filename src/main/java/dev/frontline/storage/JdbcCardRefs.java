package dev.frontline.storage;

import dev.frontline.core.port.CardRefs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** {@link CardRefs} over the {@code card_refs} table. */
public final class JdbcCardRefs implements CardRefs {
    private final Database db;

    public JdbcCardRefs(Database db) {
        this.db = db;
    }

    @Override
    public void remember(String platform, String cardId, Ref ref) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO card_refs (platform, card_id, channel, message_id) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (platform, card_id) DO UPDATE SET channel = excluded.channel, "
                    + "message_id = excluded.message_id")) {
                ps.setString(1, platform);
                ps.setString(2, cardId);
                ps.setString(3, ref.channel());
                ps.setString(4, ref.messageId());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Ref> find(String platform, String cardId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, message_id FROM card_refs WHERE platform = ? AND card_id = ?")) {
                ps.setString(1, platform);
                ps.setString(2, cardId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Ref(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<String> cardAt(String platform, String messageId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT card_id FROM card_refs WHERE platform = ? AND message_id = ?")) {
                ps.setString(1, platform);
                ps.setString(2, messageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
