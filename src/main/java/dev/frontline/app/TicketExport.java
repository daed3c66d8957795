package dev.frontline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes tickets with their events. JSONL: one line per event, oldest first, each a replay line
 * (message, slash command, or a tick for what replay cannot re-enact, such as a macro already
 * sent as its text or an escalation) with {@code ticket} and {@code event} added. CSV: one row
 * per event with the ticket's columns repeated, for spreadsheets.
 */
final class TicketExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> CSV_COLUMNS = List.of("ticket", "platform", "channel", "thread", "customer_id", "customer_name", "subject",
            "status", "assignee", "tier", "tags", "opened_at", "resolved_at", "event_at", "event", "actor", "text", "detail");

    private TicketExport() {}

    record Entry(Ticket ticket, TicketEvent event) {}

    /** Every event of {@code histories}, oldest first across tickets (so replay sees them in order). */
    static List<Entry> chronological(Map<Ticket, List<TicketEvent>> histories) {
        List<Entry> all = new ArrayList<>();
        histories.forEach((t, events) -> events.forEach(e -> all.add(new Entry(t, e))));
        all.sort(Comparator.comparing((Entry e) -> e.event().at()).thenComparingLong(e -> e.event().id()));
        return all;
    }

    static void jsonl(List<Entry> entries, PrintWriter out) {
        for (Entry e : entries) out.println(jsonLine(e.ticket(), e.event()).toString());
    }

    static ObjectNode jsonLine(Ticket t, TicketEvent e) {
        ObjectNode line = JSON.createObjectNode();
        line.put("at", e.at().toString());
        boolean replayable = true;
        switch (e.type()) {
            case CUSTOMER_MESSAGE -> place(line, t, e).put("name", t.customer().name()).put("text", text(e));
            case AGENT_REPLY -> place(line, t, e).put("text", text(e));
            case NOTE -> command(line, t, e, "/note", text(e));
            case TAG_ADDED -> command(line, t, e, "/tag", e.detail());
            case TAG_REMOVED -> command(line, t, e, "/untag", e.detail());
            case ASSIGNED -> command(line, t, e, "/assign", e.detail());
            case TIER_CHANGED -> command(line, t, e, "/tier", e.detail());
            case RESOLVED -> command(line, t, e, "/resolve", e.text() == null ? "" : e.text());
            case REOPENED -> command(line, t, e, "/reopen", "");
            default -> replayable = false;
        }
        if (!replayable) {
            // Replay cannot re-enact it (it followed from another line): a tick keeps the line harmless.
            line.put("tick", true);
            if (e.actorId() != null) line.put("user", e.actorId());
            if (e.text() != null) line.put("text", e.text());
        }
        line.put("ticket", t.id());
        line.put("event", e.type().name().toLowerCase());
        if (e.detail() != null) line.put("detail", e.detail());
        return line;
    }

    private static String text(TicketEvent e) {
        return e.text() == null ? "" : e.text();
    }

    private static ObjectNode place(ObjectNode line, Ticket t, TicketEvent e) {
        line.put("channel", t.place().channel());
        if (t.place().thread() != null) line.put("thread", t.place().thread());
        line.put("user", e.actorId());
        return line;
    }

    private static void command(ObjectNode line, Ticket t, TicketEvent e, String command, String args) {
        place(line, t, e).put("command", command).put("text", args == null ? "" : args);
    }

    static void csv(List<Entry> entries, PrintWriter out) {
        out.println(String.join(",", CSV_COLUMNS));
        for (Entry en : entries) {
            Ticket t = en.ticket();
            TicketEvent e = en.event();
            List<String> cells = List.of(String.valueOf(t.id()), t.platform(), t.place().channel(), nz(t.place().thread()), t.customer().id(),
                    t.customer().name(), t.subject(), t.status().name(), nz(t.assignee()), t.tier().label(), String.join(" ", t.tags()),
                    instant(t.openedAt()), instant(t.resolvedAt()), instant(e.at()), e.type().name().toLowerCase(), nz(e.actorId()),
                    nz(e.text()), nz(e.detail()));
            StringBuilder row = new StringBuilder();
            for (String cell : cells) row.append(row.length() == 0 ? "" : ",").append(csvCell(cell));
            out.println(row);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String instant(Instant i) {
        return i == null ? "" : i.toString();
    }

    /**
     * RFC 4180 quoting; a cell starting with = + - @ gets a leading apostrophe, so customer text
     * opened in a spreadsheet is never run as a formula.
     */
    static String csvCell(String cell) {
        String v = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) return "\"" + v.replace("\"", "\"\"") + "\"";
        return v;
    }
}
