package dev.frontline.app;

import dev.frontline.storage.Database;
import dev.frontline.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An SQLite install moves to PostgreSQL with {@code migrate-store}: every row, counts verified, safe to run again. */
class MigrateStoreTest {
    @TempDir
    Path data;

    @Test
    void twoDaysOfSupportMoveToPostgresAndASecondRunCopiesNothingNew() throws Exception {
        System.setProperty("frontline.embedder", "lexical");
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, Main.execute("replay", "docs/examples/two-days.jsonl", "--data", data.toString()));
            String url = TestDatabases.freshPostgresUrl();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.execute("migrate-store", "--from", data.toString(), "--to", url));
            String first = captured.toString(StandardCharsets.UTF_8);
            captured.reset();
            assertEquals(0, Main.execute("migrate-store", "--from", data.toString(), "--to", url), "safe to run again");
            String second = captured.toString(StandardCharsets.UTF_8);

            assertTrue(first.contains("Done: every row is in PostgreSQL"), first);
            assertTrue(second.matches("(?s).*tickets\\s+(\\d+) rows,\\s+0 copied now,\\s+\\1 in PostgreSQL.*"), second);
            try (Database sqlite = Database.open(data); Database pg = Database.openPostgres(url, null, null, 2, url)) {
                for (String table : new String[]{"tickets", "ticket_events", "escalations", "outbox", "inbox", "once_keys"}) {
                    assertEquals(count(sqlite, table), count(pg, table), table);
                }
                assertTrue(count(pg, "tickets") > 0, "the replay made tickets");
                // New rows in PostgreSQL get ids after the copied ones.
                long next = pg.insert("INSERT INTO audit_log (at, actor, action, subject) VALUES (0, 'test', 'test', 'test')");
                assertTrue(next > count(sqlite, "audit_log"), "the id sequence moved past the copied rows");
            }
        } finally {
            System.setOut(out);
            System.clearProperty("frontline.embedder");
        }
    }

    private static long count(Database db, String table) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
