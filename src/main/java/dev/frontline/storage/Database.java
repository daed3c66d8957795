package dev.frontline.storage;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The database and its transactions. A unit of work opens one transaction on its thread with
 * {@link #inTransaction}; every store call made inside it joins that transaction, so an event's
 * state changes, its outgoing messages and its "done" mark commit together or not at all.
 * A store call outside any unit of work commits on its own.
 *
 * <p>The embedded default is SQLite: one file, WAL journal, one connection used under a lock
 * (SQLite serialises writers anyway). Every commit survives the process being killed (WAL);
 * {@link #inDurableTransaction} also waits for the disk (fsync, {@code synchronous=FULL}), so what
 * it commits survives a power cut too, and so does every commit before it (the WAL is one sequence).
 * The inbox uses it before an event is acknowledged; other commits skip the wait
 * ({@code synchronous=NORMAL}): after a power cut they are redone from the inbox. Schemas are
 * migrated by Flyway from {@code db/<dialect>}.
 */
public final class Database implements AutoCloseable {
    /** The SQL flavours the stores speak; where SQL differs, stores ask. */
    public enum Dialect { SQLITE, POSTGRESQL }

    private final Dialect dialect;
    private final String description;
    private final Connections connections;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** Where connections come from: a single locked SQLite connection, or a pool. */
    interface Connections extends AutoCloseable {
        /** Runs {@code work} (one transaction) with commits waiting for the disk. */
        default <T> T durably(java.util.function.Supplier<T> work) {
            return work.get();
        }

        /** A connection for one transaction on this thread; {@link #release} gives it back. */
        Connection acquire() throws SQLException;

        void release(Connection c) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    private static final class Transaction {
        final Connection connection;
        final List<Runnable> afterCommit = new ArrayList<>();

        Transaction(Connection connection) {
            this.connection = connection;
        }
    }

    Database(Dialect dialect, String description, Connections connections) {
        this.dialect = dialect;
        this.description = description;
        this.connections = connections;
    }

    /** Opens (creating if needed) {@code dataDir/frontline.db} and brings its schema up to date. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("frontline.db");
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/sqlite")
                    .loggers("slf4j").load().migrate();
            return new Database(Dialect.SQLITE, "SQLite " + file.toAbsolutePath(), new SingleConnection(dataSource.getConnection()));
        } catch (SQLException | java.io.IOException | org.flywaydb.core.api.FlywayException e) {
            throw new StorageException("Cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a PostgreSQL database shared by several replicas, through a HikariCP pool, and brings its
     * schema up to date. Flyway holds a lock while it migrates, so replicas starting together migrate
     * once. The password is never part of {@link #description()}.
     *
     * @param user     null to take it from the URL ({@code ?user=})
     * @param password null to take it from the URL ({@code &password=})
     * @param shownAs  how to name this database in logs: the URL without its password
     */
    public static Database openPostgres(String url, String user, String password, int poolSize, String shownAs) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("frontline");
        config.setConnectionTimeout(10_000);
        // Every unit of work sees what committed before it began a statement; lost races are caught by versions and locks.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        String shown = shownAs + (user == null ? "" : " as " + user);
        com.zaxxer.hikari.HikariDataSource pool;
        try {
            pool = new com.zaxxer.hikari.HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("Cannot connect to PostgreSQL at " + shown + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/postgresql").loggers("slf4j").load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            pool.close();
            throw new StorageException("Cannot bring the PostgreSQL schema at " + shown + " up to date: " + rootMessage(e), e);
        }
        return new Database(Dialect.POSTGRESQL, "PostgreSQL " + shown, new Pool(pool));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Which store this is, for the start log and {@code check}; never a password. */
    public String description() {
        return description;
    }

    /** Work that reads or writes with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in a transaction: joins the one open on this thread, or opens one and
     * commits it before returning. A failure rolls the whole outer transaction back.
     */
    public <T> T inTransaction(Work<T> work) {
        Transaction open = current.get();
        if (open != null) {
            try {
                return work.run(open.connection);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        Connection c;
        try {
            c = connections.acquire();
        } catch (SQLException e) {
            throw translate(e);
        }
        Transaction tx = new Transaction(c);
        current.set(tx);
        long started = System.nanoTime();
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms >= SLOW_MS) slow(ms);
            return result;
        } catch (SQLException | RuntimeException e) {
            tx.afterCommit.clear();
            try {
                c.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e instanceof SQLException sql ? translate(sql) : (RuntimeException) e;
        } finally {
            current.remove();
            try {
                c.setAutoCommit(true);
                connections.release(c);
            } catch (SQLException ignored) {
                // the connection is given back either way; a broken one is the pool's to replace
            }
            for (Runnable r : tx.afterCommit) r.run();
        }
    }

    private static final long SLOW_MS = Long.getLong("frontline.slowTransactionMs", 1000);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Database.class);

    /** A transaction held the database for long (SQLite: everyone else waited): say where from. */
    private static void slow(long ms) {
        StackTraceElement where = java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                .filter(f -> f.getClassName().startsWith("dev.frontline") && !f.getClassName().startsWith("dev.frontline.storage"))
                .findFirst().orElse(null);
        log.warn("A transaction took {} ms ({})", ms, where);
    }

    /**
     * As {@link #inTransaction}, and the commit is on disk (fsync) before this returns: for what
     * the bot promises the platform it has (an acknowledged event). Joins an open transaction as is.
     */
    public <T> T inDurableTransaction(Work<T> work) {
        if (current.get() != null || dialect != Dialect.SQLITE) return inTransaction(work);
        // One connection, one lock: the pragma applies to this transaction alone.
        return connections.durably(() -> inTransaction(work));
    }

    /** True while this thread is inside a transaction. */
    public boolean inUnitOfWork() {
        return current.get() != null;
    }

    /** Runs {@code r} once the current transaction has committed (at once when there is none). */
    public void afterCommit(Runnable r) {
        Transaction open = current.get();
        if (open == null) r.run();
        else open.afterCommit.add(r);
    }

    private StorageException translate(SQLException e) {
        String state = e.getSQLState();
        // PostgreSQL: serialization failure and deadlock mean "you lost a race, try again".
        boolean race = "40001".equals(state) || "40P01".equals(state);
        return new StorageException("Database error: " + e.getMessage(), e, race);
    }

    /** Runs one INSERT, UPDATE or DELETE with positional parameters; returns the rows changed. */
    public int update(String sql, Object... params) {
        return inTransaction(c -> updateWith(c, sql, params));
    }

    static int updateWith(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs one INSERT with positional parameters; returns the generated row id (column {@code id}). */
    public long insert(String sql, Object... params) {
        return inTransaction(c -> {
            try (PreparedStatement ps = dialect == Dialect.SQLITE ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                    : c.prepareStatement(sql, new String[]{"id"})) {
                bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    }

    @Override
    public void close() {
        try {
            connections.close();
        } catch (SQLException e) {
            throw new StorageException("Cannot close the database: " + e.getMessage(), e);
        }
    }

    /** SQLite: one connection shared under a lock, held for a whole transaction. */
    private static final class SingleConnection implements Connections {
        private final Connection connection;
        private final ReentrantLock lock = new ReentrantLock(true);

        @Override
        public <T> T durably(java.util.function.Supplier<T> work) {
            lock.lock();
            try {
                synchronous(2);
                try {
                    return work.get();
                } finally {
                    synchronous(1);
                }
            } finally {
                lock.unlock();
            }
        }

        private void synchronous(int level) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA synchronous = " + level);
            } catch (SQLException e) {
                throw new StorageException("Cannot set the sync level: " + e.getMessage(), e);
            }
        }

        SingleConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection acquire() {
            lock.lock();
            return connection;
        }

        @Override
        public void release(Connection c) {
            lock.unlock();
        }

        @Override
        public void close() throws SQLException {
            lock.lock();
            try {
                connection.close();
            } finally {
                lock.unlock();
            }
        }
    }

    /** PostgreSQL: a connection from the pool per transaction, so units of work run in parallel. */
    private static final class Pool implements Connections {
        private final com.zaxxer.hikari.HikariDataSource pool;

        Pool(com.zaxxer.hikari.HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection acquire() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void release(Connection c) throws SQLException {
            c.close();
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
