package dev.frontline.core.shift;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One team's weekly opening hours in its own time zone, with holidays. Several intervals a day are
 * allowed (a lunch break). Intervals are turned into instants through the zone's rules, so a
 * daylight-saving change moves them correctly.
 */
public record WeeklyHours(String name, ZoneId zone, Map<DayOfWeek, List<Interval>> hours, Set<LocalDate> holidays) {

    /** Local opening times; {@code end} may be {@link LocalTime#MAX} for "until midnight". */
    public record Interval(LocalTime start, LocalTime end) {}

    /** A covered span of time. */
    public record Span(Instant start, Instant end) {}

    public WeeklyHours {
        hours = Map.copyOf(hours);
        holidays = Set.copyOf(holidays);
    }

    /** The open spans on one local date (none on a holiday). */
    public List<Span> spansOn(LocalDate date) {
        if (holidays.contains(date)) return List.of();
        List<Span> spans = new ArrayList<>();
        for (Interval i : hours.getOrDefault(date.getDayOfWeek(), List.of())) {
            ZonedDateTime start = date.atTime(i.start()).atZone(zone);
            ZonedDateTime end = i.end().equals(LocalTime.MAX) ? date.plusDays(1).atStartOfDay(zone) : date.atTime(i.end()).atZone(zone);
            if (end.isAfter(start)) spans.add(new Span(start.toInstant(), end.toInstant()));
        }
        return spans;
    }

    /** The open spans overlapping [from, to), clipped to it. */
    public List<Span> spans(Instant from, Instant to) {
        List<Span> out = new ArrayList<>();
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (Span s : spansOn(day)) {
                Instant a = s.start().isBefore(from) ? from : s.start();
                Instant b = s.end().isAfter(to) ? to : s.end();
                if (a.isBefore(b)) out.add(new Span(a, b));
            }
        }
        return out;
    }

    /** First start and last end of the working day on {@code date}, if it is one. */
    public java.util.Optional<Span> shiftOn(LocalDate date) {
        List<Span> spans = spansOn(date);
        if (spans.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new Span(spans.get(0).start(), spans.get(spans.size() - 1).end()));
    }
}
