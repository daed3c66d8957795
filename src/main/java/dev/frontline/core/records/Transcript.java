package dev.frontline.core.records;

import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.metrics.CsatStore;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.team.Team;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ticket's full history as a document: messages, macros, tags, flags, escalation decisions,
 * resolution and CSAT. Private notes (and flags, which are notes) are marked, and left out of the
 * customer's copy along with everything else only staff saw.
 */
public final class Transcript {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One entry; {@code staffOnly} entries are not in a customer copy, {@code note} ones are marked private. */
    public record Line(Instant at, String who, String what, String text, boolean staffOnly, boolean note) {
        public String when() {
            return WHEN.format(at);
        }
    }

    private final Ticket ticket;
    private final List<Line> lines;
    private final boolean customerCopy;

    private Transcript(Ticket ticket, List<Line> lines, boolean customerCopy) {
        this.ticket = ticket;
        this.lines = List.copyOf(lines);
        this.customerCopy = customerCopy;
    }

    public static Transcript of(Ticket t, List<TicketEvent> history, List<Escalation> escalations, List<CsatStore.Answer> csat,
                                Team team, boolean customerCopy) {
        List<Line> lines = new ArrayList<>();
        for (TicketEvent e : history) {
            String who = e.actorId() == null ? "" : e.actorId().equals(t.customer().id()) ? t.customer().name() : team.nameOf(e.actorId(), e.actorId());
            String text = e.text() == null && (e.type() == EventType.CUSTOMER_MESSAGE || e.type() == EventType.AGENT_REPLY)
                    ? "[removed by the retention policy]" : e.text();
            Line line = switch (e.type()) {
                case CUSTOMER_MESSAGE -> new Line(e.at(), who, "customer", text, false, false);
                case AGENT_REPLY -> new Line(e.at(), who, "reply", text, false, false);
                case MACRO_USED -> new Line(e.at(), who, "macro", e.detail(), true, false);
                case NOTE -> e.detail() != null && e.detail().startsWith("flag:")
                        ? new Line(e.at(), who, "flag " + e.detail().substring(5), text, true, true)
                        : new Line(e.at(), who, "private note", text, true, true);
                case TAG_ADDED -> new Line(e.at(), who, "tag added", e.detail(), true, false);
                case TAG_REMOVED -> new Line(e.at(), who, "tag removed", e.detail(), true, false);
                case ASSIGNED -> new Line(e.at(), who, "assigned", team.nameOf(e.detail(), e.detail()), true, false);
                case TIER_CHANGED -> new Line(e.at(), who, "tier", e.detail(), true, false);
                case STATUS_CHANGED -> new Line(e.at(), who, "status", e.detail(), true, false);
                case ESCALATED -> new Line(e.at(), who, "escalated (" + e.detail() + ")", text, true, false);
                case RESOLVED -> new Line(e.at(), who, "resolved", text == null ? "" : text, false, false);
                case REOPENED -> new Line(e.at(), who, "reopened", "", false, false);
            };
            lines.add(line);
        }
        for (Escalation esc : escalations) {
            if (esc.ticketId() != t.id() || esc.decidedAt() == null) continue;
            String decision = esc.status().name().toLowerCase().replace('_', ' ') + (esc.decision() == null ? "" : ": " + esc.decision())
                    + (esc.reason() == null ? "" : " (" + esc.reason() + ")");
            lines.add(new Line(esc.decidedAt(), team.nameOf(esc.decidedBy(), esc.decidedBy()), "escalation decision", decision, true, false));
        }
        for (CsatStore.Answer a : csat) {
            if (a.ticketId() != t.id()) continue;
            lines.add(new Line(a.answeredAt(), t.customer().name(), "CSAT", (a.helpful() ? "helpful" : "not helpful")
                    + (a.comment() == null ? "" : ": " + a.comment()), false, false));
        }
        lines.sort(Comparator.comparing(Line::at));
        if (customerCopy) lines.removeIf(Line::staffOnly);
        return new Transcript(t, lines, customerCopy);
    }

    public List<Line> lines() {
        return lines;
    }

    public Ticket ticket() {
        return ticket;
    }

    public String fileName(String extension) {
        return "ticket-" + ticket.id() + (customerCopy ? "-customer" : "") + "." + extension;
    }

    private String title() {
        return "Ticket " + ticket.ref() + ": " + ticket.subject();
    }

    private String header() {
        return ticket.customer().name() + " · " + ticket.status().label() + " · opened " + WHEN.format(ticket.openedAt())
                + (ticket.tags().isEmpty() || customerCopy ? "" : " · tags: " + String.join(", ", ticket.tags()))
                + (customerCopy ? "" : " · private notes are marked 🔒");
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("# ").append(md(title())).append("\n\n").append(md(header())).append("\n\n");
        for (Line l : lines) {
            b.append("- **").append(l.when()).append("** ").append(l.note() ? "🔒 " : "").append(md(l.who())).append(" — *")
                    .append(md(l.what())).append("*");
            if (l.text() != null && !l.text().isBlank()) b.append(": ").append(md(l.text()).replace("\n", "\n  "));
            b.append('\n');
        }
        return b.toString();
    }

    /** A standalone page (inline style, no scripts, nothing fetched), every stored text escaped. */
    public String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(html(title())).append("</title><style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;color:#222}"
                        + "li{margin:.4rem 0;list-style:none}.when{color:#666;font-size:.85em}.note{background:#fff6d5;padding:.2rem .4rem}"
                        + ".what{font-style:italic}.text{white-space:pre-wrap}</style></head><body>\n<h1>")
                .append(html(title())).append("</h1>\n<p>").append(html(header())).append("</p>\n<ul>\n");
        for (Line l : lines) {
            b.append("<li").append(l.note() ? " class=\"note\"" : "").append("><span class=\"when\">").append(l.when()).append("</span> ")
                    .append(l.note() ? "🔒 " : "").append("<b>").append(html(l.who())).append("</b> — <span class=\"what\">").append(html(l.what()))
                    .append("</span>");
            if (l.text() != null && !l.text().isBlank()) b.append(": <span class=\"text\">").append(html(l.text())).append("</span>");
            b.append("</li>\n");
        }
        return b.append("</ul>\n</body></html>\n").toString();
    }

    static String html(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markdown that shows the text as written: its own markup characters escaped. */
    static String md(String s) {
        if (s == null) return "";
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
