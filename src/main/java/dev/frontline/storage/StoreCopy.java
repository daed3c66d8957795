package dev.frontline.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies every table of one store into another with the same schema (an SQLite install into
 * PostgreSQL), row by row with {@code ON CONFLICT DO NOTHING}, so a second run copies only what is
 * new; then moves the target's id sequences past the copied ids, and counts both sides.
 */
public final class StoreCopy {
    /** Tables in an order that respects their foreign keys; tables added later go at the end. */
    private static final List<String> ORDER = List.of("tickets", "ticket_tags", "ticket_events", "once_keys", "card_refs",
            "learned_examples", "doc_gaps", "escalations", "refunds", "audit_log", "shift_notes", "shift_summaries", "sla_due",
            "csat", "trials", "trial_tickets", "inbox", "outbox", "card_reminders", "pending_queue", "notify_modes");
    private static final int BATCH = 500;

    private StoreCopy() {}

    /** Rows per table: in the source, copied now, and in the target afterwards. */
    public record TableCount(String table, long source, long copied, long target) {
        public boolean complete() {
            return target >= source;
        }
    }

    public static List<TableCount> copy(Database from, Database to) {
        List<String> tables = tables(from);
        List<TableCount> counts = new ArrayList<>();
        for (String table : tables) {
            long copied = copyTable(from, to, table);
            if (to.dialect() == Database.Dialect.POSTGRESQL) advanceSequence(to, table);
            counts.add(new TableCount(table, count(from, table), copied, count(to, table)));
        }
        return counts;
    }

    private static List<String> tables(Database db) {
        List<String> present = db.inTransaction(c -> {
            List<String> names = new ArrayList<>();
            String sql = db.dialect() == Database.Dialect.SQLITE
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (!name.startsWith("flyway_")) names.add(name);
                }
            }
            return names;
        });
        List<String> ordered = new ArrayList<>();
        for (String t : ORDER) if (present.contains(t)) ordered.add(t);
        present.stream().filter(t -> !ordered.contains(t)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static long copyTable(Database from, Database to, String table) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Object[]> rows = from.inTransaction(c -> {
            List<Object[]> all = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) columns.put(md.getColumnName(i), i);
                while (rs.next()) {
                    Object[] row = new Object[md.getColumnCount()];
                    for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 1);
                    all.add(row);
                }
            }
            return all;
        });
        if (rows.isEmpty()) return 0;
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?) ON CONFLICT DO NOTHING";
        long copied = 0;
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<Object[]> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
            copied += to.inTransaction(c -> insert(c, sql, batch));
        }
        return copied;
    }

    private static long insert(Connection c, String sql, List<Object[]> batch) throws SQLException {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : batch) {
                for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                ps.addBatch();
            }
            for (int changed : ps.executeBatch()) if (changed > 0) n += changed;
        }
        return n;
    }

    /** Ids copied explicitly do not move an identity sequence: move it past the highest copied id. */
    private static void advanceSequence(Database to, String table) {
        to.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) return null;
                    String sequence = rs.getString(1);
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT setval('" + sequence + "', GREATEST((SELECT COALESCE(MAX(id), 0) FROM " + table + "), 1))");
                    }
                }
            } catch (SQLException e) {
                if (!"42703".equals(e.getSQLState())) throw e; // no id column
            }
            return null;
        });
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
