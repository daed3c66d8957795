package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.TicketStore;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcTicketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the two simulated days (docs/examples/two-days.jsonl): export prints every ticket with its
 * events and its JSONL replays; privacy export gathers Carol's data; privacy erase leaves no trace
 * of her in any column of any table while /stats still counts her tickets.
 */
class RecordsReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out) {}

    private static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    private Path replayTwoDays(Path data) {
        assertEquals(0, run("replay", "docs/examples/two-days.jsonl", "--data", data.toString()).exit());
        return data;
    }

    private static Map<Long, List<TicketEvent>> histories(Path data) {
        try (Database db = Database.open(data)) {
            TicketStore store = new JdbcTicketStore(db);
            Map<Long, List<TicketEvent>> out = new TreeMap<>();
            for (Ticket t : store.query(TicketStore.Query.all())) out.put(t.id(), store.history(t.id()));
            return out;
        }
    }

    private static List<JsonNode> lines(String text) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : text.split("\n")) if (!l.isBlank()) lines.add(JSON.readTree(l));
        return lines;
    }

    @Test
    void exportPrintsEveryTicketWithItsEventsAndTheJsonlReplays() throws Exception {
        Path data = replayTwoDays(dir.resolve("data"));
        Map<Long, List<TicketEvent>> stored = histories(data);
        assertEquals(4, stored.size());

        Run jsonl = run("export", "--data", data.toString(), "--format", "jsonl");
        assertEquals(0, jsonl.exit());
        Map<Long, Integer> perTicket = new TreeMap<>();
        for (JsonNode l : lines(jsonl.out())) perTicket.merge(l.get("ticket").asLong(), 1, Integer::sum);
        Map<Long, Integer> expected = new TreeMap<>();
        stored.forEach((id, events) -> expected.put(id, events.size()));
        assertEquals(expected, perTicket, "every ticket, every event");
        assertTrue(jsonl.out().contains("\"text\":\"Hi, I can't log in to my account\""));

        Run csv = run("export", "--data", data.toString(), "--format", "csv", "--from", "2026-11-24", "--to", "2026-11-24");
        assertEquals(0, csv.exit());
        List<String> rows = csv.out().lines().toList();
        assertEquals(TicketExport.CSV_COLUMNS, List.of(rows.get(0).split(",")));
        int day1Events = stored.values().stream().filter(h -> h.get(0).at().toString().startsWith("2026-11-24"))
                .mapToInt(List::size).sum();
        // Texts may span lines inside quotes: count the rows by their start.
        assertEquals((long) day1Events, rows.stream().filter(r -> r.matches("^\\d+,console,support,t\\d,.*")).count(),
                "all four tickets were opened on the 24th");

        // The export is a transcript replay understands: the same tickets, customers and words come back.
        Path file = dir.resolve("export.jsonl");
        assertEquals(0, run("export", "--data", data.toString(), "--format", "jsonl", "--out", file.toString()).exit());
        Path again = dir.resolve("again");
        assertEquals(0, run("replay", file.toString(), "--data", again.toString()).exit(), "every exported line replays");
        Map<Long, List<TicketEvent>> replayed = histories(again);
        assertEquals(stored.keySet(), replayed.keySet());
        for (long id : stored.keySet()) {
            assertEquals(customerWords(stored.get(id)), customerWords(replayed.get(id)), "ticket " + id);
        }
    }

    private static List<String> customerWords(List<TicketEvent> history) {
        return history.stream().filter(e -> e.type() == dev.frontline.core.model.EventType.CUSTOMER_MESSAGE).map(TicketEvent::text).toList();
    }

    @Test
    void privacyEraseLeavesNoTraceOfCarolAndStatsStillCountHerTickets() throws Exception {
        Path data = replayTwoDays(dir.resolve("data"));
        String statsBefore = stats(data, "2026-11-27T16:00:00Z");
        assertTrue(statsBefore.contains("This week: 4 opened"), statsBefore);

        Run exported = run("privacy", "export", "--data", data.toString(), "carol");
        assertEquals(0, exported.exit());
        JsonNode doc = JSON.readTree(exported.out());
        assertEquals(1, doc.get("tickets").size());
        assertTrue(exported.out().contains("I can't log in to my account"));
        assertFalse(valuesContaining(data, "carol").isEmpty(), "the replay stored her id, name and words");

        Run erased = run("privacy", "erase", "--data", data.toString(), "carol");
        assertEquals(0, erased.exit(), erased.out());
        assertTrue(erased.out().startsWith("Erased: 1 tickets kept as erased-"), erased.out());

        assertEquals(Map.of(), valuesContaining(data, "carol"), "no column of any table names her");
        assertEquals(Map.of(), valuesContaining(data, "can't log in to my account"), "her words are gone");
        assertEquals(Map.of(), valuesContaining(data, "That worked, thanks a lot"), "her words are gone");
        assertEquals(1, count(data, "SELECT COUNT(*) FROM audit_log WHERE action = 'privacy-erase' AND subject LIKE 'erased-%'"));

        String statsAfter = stats(data, "2026-11-27T16:05:00Z");
        assertEquals(statsBefore.replaceAll("\\s+", " "), statsAfter.replaceAll("\\s+", " "), "her ticket still counts");
        assertEquals(1, run("privacy", "export", "--data", data.toString(), "carol").exit(), "nothing left to export");
    }

    /** /stats week as the owner, through the bot (a one-line replay into the same data). */
    private String stats(Path data, String at) throws Exception {
        Path line = Files.writeString(dir.resolve("stats-" + at.replace(':', '-') + ".jsonl"),
                "{\"at\": \"" + at + "\", \"channel\": \"support\", \"user\": \"olivia\", \"command\": \"/stats\", \"text\": \"week\"}\n");
        Run r = run("replay", line.toString(), "--data", data.toString());
        assertEquals(0, r.exit());
        return lines(r.out()).stream().map(l -> l.get("text").asText()).filter(t -> t.startsWith("This week")).findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
    }

    /** Every value of every column of every table (the SQLite catalogue, not a list we keep) containing {@code needle}, ignoring case. */
    static Map<String, String> valuesContaining(Path data, String needle) throws Exception {
        Map<String, String> hits = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("frontline.db"));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertTrue(tables.contains("ticket_events") && tables.contains("outbox") && tables.contains("inbox"), tables.toString());
            for (String table : tables) {
                try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null && v.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                                hits.put(table + "." + rs.getMetaData().getColumnName(i) + "#" + rs.getRow(), v);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static long count(Path data, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("frontline.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
