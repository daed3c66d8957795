package dev.frontline.core.shift;

import dev.frontline.core.schedule.Schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** Schedules at each working day's first opening (start of shift) and last closing (end of shift) of a team. */
final class ShiftSchedules {
    private static final int DAYS_AHEAD = 400;

    private ShiftSchedules() {}

    static Schedule starts(WeeklyHours hours) {
        return at(hours, WeeklyHours.Span::start);
    }

    static Schedule ends(WeeklyHours hours) {
        return at(hours, WeeklyHours.Span::end);
    }

    private static Schedule at(WeeklyHours hours, Function<WeeklyHours.Span, Instant> edge) {
        return after -> {
            LocalDate day = after.atZone(hours.zone()).toLocalDate().minusDays(1);
            for (int i = 0; i < DAYS_AHEAD; i++, day = day.plusDays(1)) {
                Optional<WeeklyHours.Span> shift = hours.shiftOn(day);
                if (shift.isPresent() && edge.apply(shift.get()).isAfter(after)) return edge.apply(shift.get());
            }
            return Instant.MAX;
        };
    }

    /** The key of the shift that {@code at} falls in (or the day's shift of the first team when none does). */
    static String currentShiftKey(Coverage coverage, Instant at) {
        for (WeeklyHours h : coverage.schedules()) {
            LocalDate day = at.atZone(h.zone()).toLocalDate();
            Optional<WeeklyHours.Span> shift = h.shiftOn(day);
            if (shift.isPresent() && !at.isBefore(shift.get().start()) && !at.isAfter(shift.get().end())) return key(h, day);
        }
        WeeklyHours first = coverage.schedules().get(0);
        return key(first, at.atZone(first.zone()).toLocalDate());
    }

    static String key(WeeklyHours hours, LocalDate day) {
        return hours.name() + " " + day;
    }
}
