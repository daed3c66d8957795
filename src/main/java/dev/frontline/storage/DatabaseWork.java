package dev.frontline.storage;

import dev.frontline.dispatch.UnitOfWork;

import java.sql.PreparedStatement;
import java.util.function.Supplier;

/**
 * The dispatcher's transactions on the database. A lane's transaction on PostgreSQL first takes a
 * transaction-scoped advisory lock on the lane, so that one conversation is handled by one replica
 * at a time; SQLite has a single writer anyway.
 */
public final class DatabaseWork implements UnitOfWork {
    private final Database db;

    public DatabaseWork(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inLane(String lane, Supplier<T> work) {
        return db.inTransaction(c -> {
            if (db.dialect() == Database.Dialect.POSTGRESQL) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                    ps.setString(1, lane);
                    ps.execute();
                }
            }
            return work.get();
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(c -> work.get());
    }

    @Override
    public void afterCommit(Runnable r) {
        db.afterCommit(r);
    }
}
