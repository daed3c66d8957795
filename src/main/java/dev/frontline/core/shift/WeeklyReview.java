package dev.frontline.core.shift;

import dev.frontline.core.answers.AnswerStore;
import dev.frontline.core.metrics.Metrics;
import dev.frontline.core.metrics.MetricsCalculator;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Audience;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.ChartMaker;
import dev.frontline.core.port.WeeklyChart;
import dev.frontline.core.port.Embedder;
import dev.frontline.core.port.TicketStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The weekly review: top tags and their trend, macro usage and misses, new macros suggested from
 * clustered doc gaps, the three metrics against last week, and a chart of the week.
 */
final class WeeklyReview {
    /** Doc gaps at least this similar are one topic a new macro could answer. */
    static final double CLUSTER_SIMILARITY = 0.75;

    private final TicketStore tickets;
    private final AnswerStore answers;
    private final MetricsCalculator metrics;
    private final Embedder embedder;
    private final ChartMaker charts;
    private final ZoneId zone;
    private final List<WeeklyLines> extras = new java.util.concurrent.CopyOnWriteArrayList<>();

    WeeklyReview(TicketStore tickets, AnswerStore answers, MetricsCalculator metrics, Embedder embedder, ChartMaker charts, ZoneId zone) {
        this.tickets = tickets;
        this.answers = answers;
        this.metrics = metrics;
        this.embedder = embedder;
        this.charts = charts;
        this.zone = zone;
    }

    void add(WeeklyLines lines) {
        extras.add(lines);
    }

    List<Action> post(Place channel, Instant end) {
        Instant start = end.minus(Duration.ofDays(7));
        Instant previous = start.minus(Duration.ofDays(7));
        Map<String, Integer> tags = tagCounts(start, end);
        Map<String, Integer> lastTags = tagCounts(previous, start);
        Map<String, Integer> macros = new LinkedHashMap<>();
        for (TicketEvent e : tickets.events(start, end, Set.of(EventType.MACRO_USED))) macros.merge(e.detail(), 1, Integer::sum);
        List<AnswerStore.DocGap> gaps = answers.gaps(start, end).stream()
                .filter(g -> g.ticketId() == null || tickets.find(g.ticketId()).isPresent()).toList(); // not a trial's samples
        Metrics now = metrics.between(start, end, null);
        Metrics before = metrics.between(previous, start, null);

        StringBuilder b = new StringBuilder("Weekly review, the 7 days to " + LocalDate.ofInstant(end, zone) + " (chart attached):");
        b.append("\n• Top tags: ").append(tags.isEmpty() ? "no tags this week" : trend(tags, lastTags));
        b.append("\n• Macros used: ").append(ShiftReports.top(macros, 5, "none")).append("; misses (messages no macro fit): ").append(gaps.size());
        List<String> suggestions = suggestedMacros(gaps);
        b.append("\n• Suggested new macros: ").append(suggestions.isEmpty() ? "none (no repeated doc gaps)" : String.join("; ", suggestions));
        b.append("\n• First response: ").append(Metrics.duration(now.firstResponse())).append(" (last week ").append(Metrics.duration(before.firstResponse())).append(")");
        b.append("\n• Resolution: ").append(Metrics.duration(now.resolution())).append(" (last week ").append(Metrics.duration(before.resolution())).append(")");
        b.append("\n• CSAT: ").append(now.csat()).append(" (last week ").append(before.csat()).append("); clean closes ").append(now.cleanCloseRate());
        for (WeeklyLines extra : extras) extra.lines(start, end).forEach(l -> b.append("\n• ").append(l));
        List<String> headline = List.of(
                "First response: " + Metrics.duration(now.firstResponse()) + " (" + Metrics.duration(before.firstResponse()) + ")",
                "Resolution: " + Metrics.duration(now.resolution()) + " (" + Metrics.duration(before.resolution()) + ")",
                "CSAT: " + percentHelpful(now) + " (" + percentHelpful(before) + ")",
                "Opened " + now.opened() + ", closed " + now.closed() + " (" + before.opened() + ", " + before.closed() + ")",
                "Doc gaps: " + gaps.size() + "; new macros to write: " + suggestions.size());
        byte[] png = charts.weeklyReviewPng(chart(end, tags, lastTags, headline));
        return List.of(new Action.StaffNote(channel, b.toString()),
                new Action.UploadFile(channel, Audience.STAFF, "weekly-review-" + LocalDate.ofInstant(end, zone) + ".png", png,
                        "The week: tickets and median response times per day, top tags against last week"));
    }

    private Map<String, Integer> tagCounts(Instant from, Instant to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Ticket t : tickets.query(TicketStore.Query.all().openedBetween(from, to))) t.tags().forEach(tag -> counts.merge(tag, 1, Integer::sum));
        return counts;
    }

    private static String trend(Map<String, Integer> now, Map<String, Integer> before) {
        List<String> parts = new ArrayList<>();
        now.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5).forEach(e -> {
            int diff = e.getValue() - before.getOrDefault(e.getKey(), 0);
            parts.add(e.getKey() + " " + e.getValue() + " (" + (diff > 0 ? "↑" + diff : diff < 0 ? "↓" + (-diff) : "=") + " vs last week)");
        });
        return String.join(", ", parts);
    }

    /** Greedy clustering of doc gaps by meaning; clusters of two or more deserve a macro. */
    List<String> suggestedMacros(List<AnswerStore.DocGap> gaps) {
        List<float[]> vectors = gaps.stream().map(g -> embedder.embed(g.text())).toList();
        boolean[] used = new boolean[gaps.size()];
        List<String> out = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            if (used[i]) continue;
            int size = 1;
            for (int j = i + 1; j < gaps.size(); j++) {
                if (!used[j] && dot(vectors.get(i), vectors.get(j)) >= CLUSTER_SIMILARITY) {
                    used[j] = true;
                    size++;
                }
            }
            if (size >= 2) out.add(size + " messages like \"" + ShiftReports.shorten(gaps.get(i).text(), 60) + "\"");
        }
        return out;
    }

    private WeeklyChart chart(Instant end, Map<String, Integer> tags, Map<String, Integer> lastTags, List<String> headline) {
        List<String> days = new ArrayList<>();
        List<Integer> opened = new ArrayList<>();
        List<Integer> resolved = new ArrayList<>();
        List<Double> firstResponse = new ArrayList<>();
        List<Double> resolution = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(end, zone).minusDays(6);
        for (int i = 0; i < 7; i++) {
            LocalDate d = first.plusDays(i);
            Instant a = d.atStartOfDay(zone).toInstant();
            Instant z = d.plusDays(1).atStartOfDay(zone).toInstant();
            days.add(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth());
            opened.add(tickets.query(TicketStore.Query.all().openedBetween(a, z)).size());
            resolved.add(tickets.events(a, z, Set.of(EventType.RESOLVED)).size());
            Metrics day = metrics.between(a, z, null);
            firstResponse.add(day.firstResponse() == null ? null : day.firstResponse().toSeconds() / 60.0);
            resolution.add(day.resolution() == null ? null : day.resolution().toSeconds() / 60.0);
        }
        List<String> top = tags.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .map(Map.Entry::getKey).toList();
        return new WeeklyChart("Weekly review — 7 days to " + LocalDate.ofInstant(end, zone), days, opened, resolved, firstResponse,
                resolution, top, top.stream().map(t -> tags.getOrDefault(t, 0)).toList(),
                top.stream().map(t -> lastTags.getOrDefault(t, 0)).toList(), headline);
    }

    private static String percentHelpful(Metrics m) {
        return m.csatAnswered() == 0 ? "n/a" : Math.round(100.0 * m.csatHelpful() / m.csatAnswered()) + "% helpful";
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
