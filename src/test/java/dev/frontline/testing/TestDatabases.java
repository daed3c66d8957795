package dev.frontline.testing;

import dev.frontline.storage.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The two stores the bot runs on, for tests that must hold on both: SQLite in a temp folder, and a
 * real PostgreSQL server (zonky's embedded binaries from Maven Central: nothing to install),
 * started once per test JVM, with a fresh database per test.
 */
public final class TestDatabases {
    public enum Kind { SQLITE, POSTGRESQL }

    private static EmbeddedPostgres server;
    private static final AtomicInteger databases = new AtomicInteger();

    private TestDatabases() {}

    /** The shared PostgreSQL server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres postgres() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
        }
        return server;
    }

    /** A new, empty PostgreSQL database on the shared server; returns its JDBC URL (user postgres, no password). */
    public static String freshPostgresUrl() {
        String name = "frontline_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + postgres().getPort() + "/" + name + "?user=postgres";
    }

    /** Opens the same database each time it is called (to close and reopen, like a restart). */
    public static Supplier<Database> store(Kind kind, Path dir) {
        if (kind == Kind.SQLITE) return () -> Database.open(dir);
        String url = freshPostgresUrl();
        return () -> Database.openPostgres(url, null, null, 8, url);
    }
}
