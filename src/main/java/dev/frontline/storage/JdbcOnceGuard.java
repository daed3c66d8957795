package dev.frontline.storage;

import dev.frontline.core.port.OnceGuard;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;

/** {@link OnceGuard} over the {@code once_keys} table: the primary key makes a second claim fail. */
public final class JdbcOnceGuard implements OnceGuard {
    private final Database db;

    public JdbcOnceGuard(Database db) {
        this.db = db;
    }

    @Override
    public boolean claim(String key, Instant at) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO once_keys (key, claimed_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
                ps.setString(1, key);
                ps.setLong(2, at.toEpochMilli());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void forgetOlderThan(Instant now, Duration keep) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM once_keys WHERE claimed_at < ?")) {
                ps.setLong(1, now.minus(keep).toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }
}
