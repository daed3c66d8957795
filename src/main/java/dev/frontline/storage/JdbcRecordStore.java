package dev.frontline.storage;

import dev.frontline.core.port.RecordStore;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Erasure, access and retention over the whole store. Erasure and access walk every text column of
 * every table (from the database's own metadata), so data a later feature stores about a customer
 * is found without anyone remembering to add it here.
 */
public final class JdbcRecordStore implements RecordStore {
    static final String ERASED_NAME = "erased customer";
    static final String ERASED_TEXT = "[erased]";
    /** Message-like history whose text retention removes; the event itself stays for the metrics. */
    private static final String MESSAGE_TYPES = "('CUSTOMER_MESSAGE', 'AGENT_REPLY', 'NOTE')";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public JdbcRecordStore(Database db) {
        this.db = db;
    }

    @Override
    public CustomerRecords gather(String customer) {
        return db.inTransaction(c -> {
            Found found = find(c, customer);
            List<Mention> mentions = new ArrayList<>();
            for (Column col : textColumns(c)) {
                if (col.table.equals("tickets") || col.table.equals("ticket_events")) continue; // exported with the tickets
                for (Row row : rowsContaining(c, col, found.needles())) mentions.add(new Mention(col.table, col.name, row.value));
            }
            return new CustomerRecords(found.ids, found.names, found.tickets, mentions);
        });
    }

    @Override
    public Erasure erase(String customer, String actor, Instant at) {
        return db.inTransaction(c -> {
            Found found = find(c, customer);
            String pseudonym = "erased-" + HexFormat.of().formatHex(randomBytes());
            // Their own words first (they may contain their name), in stored and in JSON-escaped form.
            Map<String, String> replacements = new LinkedHashMap<>();
            for (String text : messages(c, found)) {
                if (text.strip().length() < 3) continue;
                replacements.put(text, ERASED_TEXT);
                replacements.put(jsonEscaped(text), ERASED_TEXT);
            }
            for (String id : found.ids) replacements.put(id, pseudonym);
            for (String name : found.names) replacements.put(name, ERASED_NAME);
            int values = 0;
            for (Column col : textColumns(c)) {
                for (Row row : rowsContaining(c, col, replacements.keySet())) {
                    String replaced = replaceAll(row.value, replacements);
                    if (replaced.equals(row.value)) continue;
                    try (PreparedStatement ps = c.prepareStatement("UPDATE " + col.table + " SET " + col.name + " = ? WHERE "
                            + rowKey() + " = " + rowKeyParam())) {
                        ps.setString(1, replaced);
                        ps.setString(2, row.key);
                        values += ps.executeUpdate();
                    }
                }
            }
            // The subject is a shortened first message: a prefix no exact replacement finds.
            for (long id : found.tickets) {
                Database.updateWith(c, "UPDATE tickets SET subject = ?, customer_name = ?, customer_id = ? WHERE id = ?",
                        ERASED_TEXT, ERASED_NAME, pseudonym, id);
                Database.updateWith(c, "UPDATE ticket_events SET text = ? WHERE ticket_id = ? AND type = 'CUSTOMER_MESSAGE'", ERASED_TEXT, id);
            }
            Database.updateWith(c, "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?,?,?,?,?)", at.toEpochMilli(), actor,
                    "privacy-erase", pseudonym, found.tickets.size() + " tickets kept anonymously, " + values + " stored values replaced");
            return new Erasure(pseudonym, found.tickets.size(), values);
        });
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return b;
    }

    @Override
    public Purge purge(Instant messagesBefore, Instant auditBefore, Instant at) {
        return db.inTransaction(c -> {
            int messages = 0;
            int audit = 0;
            if (messagesBefore != null) {
                long before = messagesBefore.toEpochMilli();
                messages += Database.updateWith(c, "UPDATE ticket_events SET text = NULL WHERE at < ? AND text IS NOT NULL AND type IN "
                        + MESSAGE_TYPES, before);
                messages += Database.updateWith(c, "DELETE FROM doc_gaps WHERE at < ?", before);
                messages += Database.updateWith(c, "UPDATE csat SET comment = NULL WHERE answered_at < ? AND comment IS NOT NULL", before);
                // Delivered events and actions carry the same words; the ones still pending are kept.
                Database.updateWith(c, "DELETE FROM inbox WHERE status IN ('DONE', 'FAILED') AND received_at < ?", before);
                Database.updateWith(c, "DELETE FROM outbox WHERE status IN ('SENT', 'FAILED') AND created_at < ?", before);
            }
            if (auditBefore != null) {
                audit = Database.updateWith(c, "DELETE FROM audit_log WHERE at < ?", auditBefore.toEpochMilli());
            }
            Database.updateWith(c, "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?,?,?,?,?)", at.toEpochMilli(),
                    "frontline", "retention-purge", "messages=" + messages + " audit=" + audit,
                    "messages before " + messagesBefore + ", audit before " + auditBefore);
            return new Purge(messages, audit);
        });
    }

    @Override
    public Purge purgedBetween(Instant from, Instant to) {
        return db.inTransaction(c -> {
            Purge sum = Purge.NONE;
            try (PreparedStatement ps = c.prepareStatement("SELECT subject FROM audit_log WHERE action = 'retention-purge' AND at >= ? AND at < ?")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sum = sum.plus(parseCounts(rs.getString(1)));
                }
            }
            return sum;
        });
    }

    private static Purge parseCounts(String subject) {
        int messages = 0;
        int audit = 0;
        for (String part : subject.split(" ")) {
            String[] kv = part.split("=");
            if (kv.length != 2) continue;
            if (kv[0].equals("messages")) messages = Integer.parseInt(kv[1]);
            if (kv[0].equals("audit")) audit = Integer.parseInt(kv[1]);
        }
        return new Purge(messages, audit);
    }

    /** The customer's ids and names as their tickets know them, plus what was asked for. */
    private record Found(Set<String> ids, Set<String> names, List<Long> tickets) {
        Set<String> needles() {
            Set<String> all = new LinkedHashSet<>(ids);
            all.addAll(names);
            return all;
        }
    }

    private static Found find(Connection c, String customer) throws SQLException {
        Set<String> ids = new TreeSet<>();
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<Long> tickets = new ArrayList<>();
        ids.add(customer);
        // Names compared in Java: SQL lower() is ASCII-only on SQLite (and under PostgreSQL's C locale), so
        // "ÉLODIE" would not match "élodie". A privacy request is rare; reading every ticket's customer is cheap enough.
        try (PreparedStatement ps = c.prepareStatement("SELECT id, customer_id, customer_name FROM tickets ORDER BY id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(2);
                    String name = rs.getString(3);
                    if (!customer.equals(id) && !(name != null && folded(name).equals(folded(customer)))) continue;
                    tickets.add(rs.getLong(1));
                    ids.add(id);
                    names.add(name);
                }
            }
        }
        ids.removeIf(s -> s.isBlank());
        names.removeIf(s -> s.isBlank() || ids.contains(s));
        return new Found(ids, names, tickets);
    }

    private static List<String> messages(Connection c, Found found) throws SQLException {
        List<String> texts = new ArrayList<>();
        for (long id : found.tickets) {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM ticket_events WHERE ticket_id = ? AND type = 'CUSTOMER_MESSAGE' AND text IS NOT NULL")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) texts.add(rs.getString(1));
                }
            }
        }
        for (String id : found.ids) {
            try (PreparedStatement ps = c.prepareStatement("SELECT comment FROM csat WHERE customer_id = ? AND comment IS NOT NULL")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) texts.add(rs.getString(1));
                }
            }
        }
        // Longest first, so a message that contains a shorter one is replaced whole.
        texts.sort((a, b) -> b.length() - a.length());
        return texts;
    }

    private record Column(String table, String name) {}

    private record Row(String key, String value) {}

    private static List<Column> textColumns(Connection c) throws SQLException {
        List<Column> columns = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? c.getSchema() : null;
        try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                if (table.startsWith("flyway_") || table.startsWith("sqlite_")) continue;
                if (type.contains("TEXT") || type.contains("CHAR")) columns.add(new Column(table, rs.getString("COLUMN_NAME")));
            }
        }
        return columns;
    }

    private String rowKey() {
        return db.dialect() == Database.Dialect.SQLITE ? "rowid" : "ctid";
    }

    private String rowKeyParam() {
        return db.dialect() == Database.Dialect.SQLITE ? "CAST(? AS INTEGER)" : "CAST(? AS tid)";
    }

    /** Rows whose value in {@code col} contains any needle, ignoring case (Unicode case, compared in Java as above). */
    private List<Row> rowsContaining(Connection c, Column col, Set<String> needles) throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (needles.isEmpty()) return rows;
        List<String> folded = needles.stream().map(JdbcRecordStore::folded).toList();
        String key = db.dialect() == Database.Dialect.SQLITE ? "CAST(rowid AS TEXT)" : "CAST(ctid AS TEXT)";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + key + ", " + col.name + " FROM " + col.table + " WHERE " + col.name + " IS NOT NULL")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(2);
                    String v = folded(value);
                    if (folded.stream().anyMatch(v::contains)) rows.add(new Row(rs.getString(1), value));
                }
            }
        }
        return rows;
    }

    /** Case folded for comparison: upper then lower, so that e.g. 'ß' and 'SS', 'É' and 'é' compare alike. */
    private static String folded(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Replaces every occurrence of each key (in order, ignoring case) by its value. */
    static String replaceAll(String value, Map<String, String> replacements) {
        String out = value;
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            out = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(r.getKey()), java.util.regex.Pattern.CASE_INSENSITIVE
                    | java.util.regex.Pattern.UNICODE_CASE).matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(r.getValue()));
        }
        return out;
    }

    /** How a text looks inside a JSON string (the inbox and outbox store payloads as JSON). */
    static String jsonEscaped(String text) {
        StringBuilder b = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.toString();
    }
}
