package dev.frontline.core.shift;

import dev.frontline.core.answers.AnswerStore;
import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.escalation.EscalationStore;
import dev.frontline.core.metrics.Metrics;
import dev.frontline.core.metrics.MetricsCalculator;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.port.TicketStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Drafts the start-of-shift priorities and the 8-bullet end-of-shift summary from the data. */
final class ShiftReports {
    /** The same macro or tag on this many tickets in one shift looks like a product problem, not chance. */
    static final int REPEAT_THRESHOLD = 3;

    private final TicketStore tickets;
    private final EscalationStore escalations;
    private final AnswerStore answers;
    private final MetricsCalculator metrics;
    private final SlaClock sla;
    private final dev.frontline.core.port.Embedder embedder;
    /** Opening messages this close in meaning (cosine of the sentence vectors) describe the same problem. */
    static final double SAME_PROBLEM = 0.8;

    ShiftReports(TicketStore tickets, EscalationStore escalations, AnswerStore answers, MetricsCalculator metrics, SlaClock sla) {
        this(tickets, escalations, answers, metrics, sla, null);
    }

    /** @param embedder reads the meaning of opening messages for repeat problems; null: tags and macros only */
    ShiftReports(TicketStore tickets, EscalationStore escalations, AnswerStore answers, MetricsCalculator metrics, SlaClock sla,
                 dev.frontline.core.port.Embedder embedder) {
        this.embedder = embedder;
        this.tickets = tickets;
        this.escalations = escalations;
        this.answers = answers;
        this.metrics = metrics;
        this.sla = sla;
    }

    String start(String team, Instant at) {
        List<Ticket> open = tickets.query(TicketStore.Query.notClosed());
        Map<TicketStatus, Long> byStatus = open.stream().collect(Collectors.groupingBy(Ticket::status, TreeMap::new, Collectors.counting()));
        StringBuilder b = new StringBuilder("Start of shift — " + team + ". Today's priorities:");
        b.append("\n• Backlog: ").append(open.size()).append(" open");
        if (!open.isEmpty()) {
            b.append(" (").append(byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                    .collect(Collectors.joining(", "))).append(")");
        }
        List<Ticket> oldest = open.stream().filter(t -> t.status() != TicketStatus.WAITING_ON_CUSTOMER)
                .sorted(Comparator.comparing(Ticket::openedAt)).limit(3).toList();
        b.append("\n• Oldest waiting on us: ").append(oldest.isEmpty() ? "none" : oldest.stream()
                .map(t -> t.ref() + " (" + Metrics.duration(Duration.between(t.openedAt(), at)) + ", \"" + shorten(t.subject(), 40) + "\")")
                .collect(Collectors.joining(", ")));
        List<String> urgent = new ArrayList<>();
        for (Ticket t : open) {
            List<TicketEvent> history = tickets.history(t.id());
            if (t.firstResponseAt() == null) {
                java.time.Duration used = sla.used(t, history, at);
                if (sla.isBreached(used)) urgent.add(t.ref() + " SLA breached");
                else if (sla.isAtRisk(used)) urgent.add(t.ref() + " SLA at risk");
            }
            if (t.status() == TicketStatus.ESCALATED) urgent.add(t.ref() + " escalated");
            if (history.stream().anyMatch(e -> e.type() == EventType.NOTE && "flag:vip".equals(e.detail()))) urgent.add(t.ref() + " VIP");
        }
        b.append("\n• Urgent: ").append(urgent.isEmpty() ? "nothing" : String.join(", ", urgent));
        // Only real tickets' cards: a trial's sample escalations are not the desk's work.
        List<Escalation> pending = escalations.pending().stream().filter(e -> tickets.find(e.ticketId()).isPresent()).toList();
        b.append("\n• Escalations waiting for a decision: ").append(pending.size());
        b.append("\n• Refund requests waiting for approval: ").append(pending.stream().filter(e -> e.refundId() != null).count());
        b.append("\nAgent on shift: reply with your top 3 priorities using /priorities <text>.");
        return b.toString();
    }

    String end(String team, Instant from, Instant to, List<ShiftStore.Note> notes) {
        Metrics m = metrics.between(from, to, null);
        Set<Long> touched = new java.util.HashSet<>();
        for (TicketEvent e : tickets.events(from, to, Set.of())) touched.add(e.ticketId());
        Map<String, Integer> tags = new LinkedHashMap<>();
        for (long id : touched) tickets.find(id).ifPresent(t -> t.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum)));
        List<Escalation> escalated = escalations.createdBetween(from, to);
        // The store is the live desk's (no trial samples): a gap or a refund card of a trial's ticket is not the desk's.
        List<AnswerStore.DocGap> gaps = answers.gaps(from, to).stream()
                .filter(g -> g.ticketId() == null || tickets.find(g.ticketId()).isPresent()).toList();
        List<String> lines = new ArrayList<>();
        lines.add("Tickets closed: " + m.closed() + " (" + m.opened() + " opened this shift)");
        lines.add("Top issues: " + top(tags, 3, "no tags yet"));
        lines.add("Escalations: " + escalated.size() + (escalated.isEmpty() ? "" : " (" + escalated.stream()
                .collect(Collectors.groupingBy(Escalation::category, TreeMap::new, Collectors.counting())).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")"));
        lines.add("Refund requests pending: " + escalations.pending().stream()
                .filter(e -> e.refundId() != null && tickets.find(e.ticketId()).isPresent()).count());
        lines.add("Doc gaps: " + plural(gaps.size(), "message") + " no macro fit" + (gaps.isEmpty() ? "" : ", e.g. \"" + shorten(gaps.get(0).text(), 60) + "\""));
        lines.add("Repeat problems: " + repeats(from, to, tags));
        lines.add("First response: " + median(m.firstResponse(), "no ticket opened this shift got one") + "; resolution or escalation: "
                + median(m.resolution(), "none this shift"));
        lines.add("CSAT: " + m.csat());
        StringBuilder b = new StringBuilder("End of shift — " + team + ":");
        for (String l : lines) b.append("\n• ").append(l);
        List<ShiftStore.Note> added = notes.stream().filter(n -> n.kind().equals("note")).toList();
        if (!added.isEmpty()) {
            b.append("\nNotes from the team:");
            for (ShiftStore.Note n : added) b.append("\n  – ").append(n.text());
        }
        return b.toString();
    }

    /** Macros or tags on {@value #REPEAT_THRESHOLD}+ tickets in the window: possibly a product issue. */
    private String repeats(Instant from, Instant to, Map<String, Integer> tags) {
        Map<String, Set<Long>> byMacro = new LinkedHashMap<>();
        for (TicketEvent e : tickets.events(from, to, Set.of(EventType.MACRO_USED))) {
            byMacro.computeIfAbsent(e.detail(), k -> new java.util.HashSet<>()).add(e.ticketId());
        }
        List<String> repeated = new ArrayList<>();
        byMacro.forEach((macro, ids) -> {
            if (ids.size() >= REPEAT_THRESHOLD) repeated.add("'" + macro + "' on " + ids.size() + " tickets");
        });
        tags.forEach((tag, n) -> {
            if (n >= REPEAT_THRESHOLD) repeated.add("tag " + tag + " on " + n + " tickets");
        });
        repeated.addAll(alike(from, to));
        return repeated.isEmpty() ? "none" : String.join(", ", repeated) + " — possibly a product issue";
    }

    /** Tickets opened in the window whose first messages mean the same, {@value #REPEAT_THRESHOLD}+ of them (untagged or not). */
    private List<String> alike(Instant from, Instant to) {
        if (embedder == null) return List.of();
        List<Ticket> opened = tickets.query(TicketStore.Query.all().openedBetween(from, to)).stream()
                .filter(t -> t.subject() != null && !t.subject().isBlank()).toList();
        if (opened.size() < REPEAT_THRESHOLD) return List.of();
        List<float[]> vectors = embedder.embedAll(opened.stream().map(Ticket::subject).toList());
        boolean[] used = new boolean[opened.size()];
        List<String> out = new ArrayList<>();
        for (int i = 0; i < opened.size(); i++) {
            if (used[i]) continue;
            int size = 1;
            for (int j = i + 1; j < opened.size(); j++) {
                if (!used[j] && cosine(vectors.get(i), vectors.get(j)) >= SAME_PROBLEM) {
                    used[j] = true;
                    size++;
                }
            }
            if (size >= REPEAT_THRESHOLD) out.add(size + " tickets like \"" + shorten(opened.get(i).subject(), 50) + "\"");
        }
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String median(Duration d, String none) {
        return d == null ? none : "median " + Metrics.duration(d);
    }

    static String top(Map<String, Integer> counts, int n, String none) {
        if (counts.isEmpty()) return none;
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    static String shorten(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
