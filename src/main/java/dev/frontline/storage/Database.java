package dev.frontline.storage;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded SQLite database: one file, WAL journal with {@code synchronous=FULL} so every
 * committed row survives a crash, schema migrated by Flyway from {@code db/migration}.
 * One connection, used under a lock: SQLite serialises writers anyway, and a bot's load is small.
 */
public final class Database implements AutoCloseable {
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) {@code dataDir/frontline.db} and brings its schema up to date. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("frontline.db");
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
            Connection connection = dataSource.getConnection();
            return new Database(file, connection);
        } catch (SQLException | java.io.IOException e) {
            throw new StorageException("Cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Work that reads or writes with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction and commits before returning. */
    public <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs one INSERT, UPDATE or DELETE with positional parameters; returns the rows changed. */
    public int update(String sql, Object... params) {
        return inTransaction(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                return ps.executeUpdate();
            }
        });
    }

    /** Runs one INSERT with positional parameters; returns the generated row id. */
    public long insert(String sql, Object... params) {
        return inTransaction(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
                ps.executeUpdate();
                try (java.sql.ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Cannot close the database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
