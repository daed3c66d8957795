package dev.frontline.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** When a routine runs: the next occurrence strictly after a given instant. */
@FunctionalInterface
public interface Schedule {

    Instant nextAfter(Instant after);

    /** Every {@code period}, aligned to the epoch (so occurrences are the same across restarts). */
    static Schedule every(Duration period) {
        long ms = period.toMillis();
        if (ms <= 0) throw new IllegalArgumentException("period must be positive");
        return after -> Instant.ofEpochMilli((Math.floorDiv(after.toEpochMilli(), ms) + 1) * ms);
    }

    /** Every day at {@code time} in {@code zone}; correct across daylight-saving changes. */
    static Schedule daily(LocalTime time, ZoneId zone) {
        return after -> {
            ZonedDateTime local = after.atZone(zone);
            ZonedDateTime candidate = local.toLocalDate().atTime(time).atZone(zone);
            while (!candidate.toInstant().isAfter(after)) {
                candidate = candidate.toLocalDate().plusDays(1).atTime(time).atZone(zone);
            }
            return candidate.toInstant();
        };
    }

    /** Every week on {@code day} at {@code time} in {@code zone}. */
    static Schedule weekly(DayOfWeek day, LocalTime time, ZoneId zone) {
        return after -> {
            ZonedDateTime local = after.atZone(zone);
            ZonedDateTime candidate = local.toLocalDate().with(TemporalAdjusters.nextOrSame(day))
                    .atTime(time).atZone(zone);
            while (!candidate.toInstant().isAfter(after)) {
                candidate = candidate.toLocalDate().plusWeeks(1).atTime(time).atZone(zone);
            }
            return candidate.toInstant();
        };
    }
}
