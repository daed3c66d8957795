package dev.frontline.core.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the team covers support: the union of one or more weekly schedules (follow the sun: time is
 * covered when any team is open). Counts covered time, which is all the SLA clock counts.
 */
public final class Coverage {
    private static final Duration SEARCH_LIMIT = Duration.ofDays(400);
    private final List<WeeklyHours> schedules;

    public Coverage(List<WeeklyHours> schedules) {
        this.schedules = List.copyOf(schedules);
    }

    public List<WeeklyHours> schedules() {
        return schedules;
    }

    /** Merged covered spans in [from, to). */
    public List<WeeklyHours.Span> spans(Instant from, Instant to) {
        List<WeeklyHours.Span> all = new ArrayList<>();
        for (WeeklyHours s : schedules) all.addAll(s.spans(from, to));
        all.sort(Comparator.comparing(WeeklyHours.Span::start));
        List<WeeklyHours.Span> merged = new ArrayList<>();
        for (WeeklyHours.Span s : all) {
            if (!merged.isEmpty() && !s.start().isAfter(merged.get(merged.size() - 1).end())) {
                WeeklyHours.Span last = merged.remove(merged.size() - 1);
                merged.add(new WeeklyHours.Span(last.start(), s.end().isAfter(last.end()) ? s.end() : last.end()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    public boolean isCovered(Instant at) {
        return !spans(at, at.plusMillis(1)).isEmpty();
    }

    /** Covered time between two instants. */
    public Duration coveredTime(Instant from, Instant to) {
        if (!to.isAfter(from)) return Duration.ZERO;
        Duration total = Duration.ZERO;
        for (WeeklyHours.Span s : spans(from, to)) total = total.plus(Duration.between(s.start(), s.end()));
        return total;
    }

    /** The instant at which {@code amount} of covered time has passed after {@code from}. */
    public Instant afterCoveredTime(Instant from, Duration amount) {
        Duration left = amount;
        Instant cursor = from;
        while (Duration.between(from, cursor).compareTo(SEARCH_LIMIT) < 0) {
            Instant windowEnd = cursor.plus(7, ChronoUnit.DAYS);
            for (WeeklyHours.Span s : spans(cursor, windowEnd)) {
                Duration length = Duration.between(s.start(), s.end());
                if (length.compareTo(left) >= 0) return s.start().plus(left);
                left = left.minus(length);
            }
            cursor = windowEnd;
        }
        throw new IllegalStateException("coverage has no open hours within " + SEARCH_LIMIT.toDays() + " days");
    }

    /** When coverage next starts at or after {@code at} (itself if covered now). */
    public Optional<Instant> nextOpening(Instant at) {
        Instant cursor = at;
        while (Duration.between(at, cursor).compareTo(SEARCH_LIMIT) < 0) {
            List<WeeklyHours.Span> spans = spans(cursor, cursor.plus(7, ChronoUnit.DAYS));
            if (!spans.isEmpty()) return Optional.of(spans.get(0).start());
            cursor = cursor.plus(7, ChronoUnit.DAYS);
        }
        return Optional.empty();
    }

    /**
     * The latest start of a shift (a team's first opening of a working day, not the return from a
     * break) in {@code (after, upTo]}, if any.
     */
    public Optional<Instant> lastShiftStart(Instant after, Instant upTo) {
        Instant best = null;
        for (WeeklyHours h : schedules) {
            java.time.LocalDate first = after.atZone(h.zone()).toLocalDate();
            java.time.LocalDate day = upTo.atZone(h.zone()).toLocalDate();
            for (int i = 0; i < 400 && !day.isBefore(first); i++, day = day.minusDays(1)) {
                Optional<WeeklyHours.Span> shift = h.shiftOn(day);
                if (shift.isEmpty()) continue;
                Instant start = shift.get().start();
                if (start.isAfter(after) && !start.isAfter(upTo)) {
                    if (best == null || start.isAfter(best)) best = start;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
