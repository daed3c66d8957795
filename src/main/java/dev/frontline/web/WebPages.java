package dev.frontline.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.metrics.Metrics;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.records.Transcript;
import dev.frontline.core.ticket.TicketFormat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages, rendered from the Mustache templates in {@code resources/web/}. jmustache escapes
 * every {@code {{value}}} for HTML, and the templates use no triple braces: no stored text reaches
 * a page unescaped.
 */
final class WebPages {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, Set<TicketStatus>> STATUS_FILTERS = new LinkedHashMap<>();

    static {
        STATUS_FILTERS.put("all", Set.of());
        STATUS_FILTERS.put("open", Set.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.ESCALATED));
        STATUS_FILTERS.put("escalated", Set.of(TicketStatus.ESCALATED));
        STATUS_FILTERS.put("waiting", Set.of(TicketStatus.WAITING_ON_CUSTOMER));
        STATUS_FILTERS.put("resolved", Set.of(TicketStatus.RESOLVED));
    }

    private final WebSources sources;
    private final WebAccess access;
    private final Mustache.Compiler compiler;
    private final Map<String, Template> templates = new HashMap<>();

    WebPages(WebSources sources, WebAccess access) {
        this.sources = sources;
        this.access = access;
        this.compiler = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).defaultValue("").withLoader(WebPages::reader);
        for (String name : List.of("message", "tickets", "ticket", "escalations", "metrics")) {
            templates.put(name, compiler.loadTemplate(name));
        }
    }

    private static Reader reader(String name) {
        var in = WebPages.class.getResourceAsStream("/web/" + name + ".mustache");
        if (in == null) throw new IllegalStateException("no template " + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    String message(String title, String text) {
        return templates.get("message").execute(Map.of("title", title, "text", text));
    }

    String tickets(String viewer, Map<String, String> filter) {
        String status = STATUS_FILTERS.containsKey(filter.getOrDefault("status", "")) ? filter.get("status") : "all";
        String tag = filter.getOrDefault("tag", "").trim().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
        String agent = filter.getOrDefault("agent", "").trim();
        Map<String, Object> model = page("Tickets", viewer);
        Instant from = null;
        Instant to = null;
        try {
            if (!filter.getOrDefault("from", "").isBlank()) from = LocalDate.parse(filter.get("from")).atStartOfDay(sources.zone()).toInstant();
            if (!filter.getOrDefault("to", "").isBlank()) to = LocalDate.parse(filter.get("to")).plusDays(1).atStartOfDay(sources.zone()).toInstant();
        } catch (DateTimeParseException e) {
            model.put("error", "Dates look like 2026-11-24; the date filter was left out.");
            from = null;
            to = null;
        }
        TicketStore.Query q = TicketStore.Query.inStatus(STATUS_FILTERS.get(status)).openedBetween(from, to);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Ticket t : sources.tickets().query(q)) {
            if (!tag.isEmpty() && !t.tags().contains(tag)) continue;
            if (!agent.isEmpty() && !matchesAgent(t, agent)) continue;
            rows.add(row(t));
        }
        java.util.Collections.reverse(rows); // newest first
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (String s : STATUS_FILTERS.keySet()) statuses.add(Map.of("value", s, "label", s, "selected", s.equals(status)));
        model.put("statuses", statuses);
        model.put("tag", tag);
        model.put("agent", agent);
        model.put("from", filter.getOrDefault("from", ""));
        model.put("to", filter.getOrDefault("to", ""));
        model.put("tickets", rows);
        model.put("count", rows.size());
        return templates.get("tickets").execute(model);
    }

    private boolean matchesAgent(Ticket t, String agent) {
        return t.assignee() != null && (t.assignee().equalsIgnoreCase(agent) || access.nameOf(t.assignee()).equalsIgnoreCase(agent));
    }

    private Map<String, Object> row(Ticket t) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", t.id());
        row.put("status", t.status().label());
        row.put("subject", TicketFormat.shorten(t.subject(), 80));
        row.put("customer", t.customer().name());
        row.put("agent", t.assignee() == null ? "unassigned" : access.nameOf(t.assignee()));
        row.put("tags", String.join(", ", t.tags()));
        row.put("opened", DAY_TIME.format(t.openedAt().atZone(sources.zone())));
        return row;
    }

    Optional<String> ticket(String viewer, long id) {
        return sources.tickets().find(id).map(t -> {
            Transcript transcript = sources.transcripts().apply(t);
            Map<String, Object> model = page("Ticket " + t.ref() + ": " + TicketFormat.shorten(t.subject(), 60), viewer);
            model.putAll(row(t));
            model.put("tier", t.tier().label());
            model.put("platform", t.platform());
            model.put("zone", sources.zone().getId());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Transcript.Line l : transcript.lines()) {
                Map<String, Object> line = new HashMap<>();
                line.put("when", DAY_TIME.format(l.at().atZone(sources.zone())));
                line.put("who", l.who());
                line.put("what", l.what());
                line.put("text", l.text() == null || l.text().isBlank() ? "" : l.text());
                line.put("note", l.note());
                lines.add(line);
            }
            model.put("lines", lines);
            return templates.get("ticket").execute(model);
        });
    }

    String escalations(String viewer) {
        Map<String, Object> model = page("Escalation queue", viewer);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Escalation e : sources.pendingEscalations().get()) {
            Map<String, Object> row = new HashMap<>();
            row.put("card", e.cardId());
            row.put("ticket", e.ticketId());
            row.put("category", e.category());
            row.put("route", e.route());
            row.put("asked", TicketFormat.shorten(e.asked(), 120));
            row.put("tried", TicketFormat.shorten(e.tried(), 120));
            row.put("since", DAY_TIME.format(e.createdAt().atZone(sources.zone())));
            rows.add(row);
        }
        model.put("escalations", rows);
        model.put("count", rows.size());
        return templates.get("escalations").execute(model);
    }

    String metrics(String viewer) {
        Map<String, Object> model = page("Metrics", viewer);
        Instant now = sources.clock().instant();
        List<Map<String, Object>> rows = new ArrayList<>();
        addRows(rows, "this week", now.minus(Duration.ofDays(7)), now);
        addRows(rows, "last week", now.minus(Duration.ofDays(14)), now.minus(Duration.ofDays(7)));
        model.put("rows", rows);
        return templates.get("metrics").execute(model);
    }

    private void addRows(List<Map<String, Object>> rows, String period, Instant from, Instant to) {
        for (WebSources.Named n : sources.metrics().between(from, to)) {
            Metrics m = n.metrics();
            Map<String, Object> row = new HashMap<>();
            row.put("platform", n.platform());
            row.put("period", period);
            row.put("opened", m.opened());
            row.put("closed", m.closed());
            row.put("firstResponse", Metrics.duration(m.firstResponse()));
            row.put("resolution", Metrics.duration(m.resolution()));
            row.put("csat", m.csat());
            row.put("clean", m.cleanCloseRate());
            rows.add(row);
        }
    }

    /** Tickets opened and resolved per day, the 7 days to now, as in the weekly review. */
    byte[] chartPng() {
        Instant end = sources.clock().instant();
        List<String> days = new ArrayList<>();
        List<Number> opened = new ArrayList<>();
        List<Number> resolved = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(end, sources.zone()).minusDays(6);
        for (int i = 0; i < 7; i++) {
            LocalDate d = first.plusDays(i);
            Instant a = d.atStartOfDay(sources.zone()).toInstant();
            Instant z = d.plusDays(1).atStartOfDay(sources.zone()).toInstant();
            days.add(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth());
            opened.add(sources.tickets().query(TicketStore.Query.all().openedBetween(a, z)).size());
            resolved.add(sources.tickets().events(a, z, Set.of(EventType.RESOLVED)).size());
        }
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Opened", opened);
        series.put("Resolved", resolved);
        return sources.charts().barChartPng("Tickets, the last 7 days", "tickets", days, series);
    }

    private Map<String, Object> page(String title, String viewer) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("viewer", viewer);
        return model;
    }
}
