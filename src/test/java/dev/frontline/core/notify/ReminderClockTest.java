package dev.frontline.core.notify;

import dev.frontline.core.shift.Coverage;
import dev.frontline.core.shift.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The back-off: 30 min, 1 h, 2 h, then once per shift start; only during coverage unless urgent; never piled up. */
class ReminderClockTest {
    /** Berlin, weekdays 09:00-12:30 and 13:30-17:30 (the shipped coverage). */
    private static final Coverage BERLIN = new Coverage(List.of(berlin()));

    private static WeeklyHours berlin() {
        Map<DayOfWeek, List<WeeklyHours.Interval>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            map.put(d, List.of(new WeeklyHours.Interval(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                    new WeeklyHours.Interval(LocalTime.of(13, 30), LocalTime.of(17, 30))));
        }
        return new WeeklyHours("Berlin", ZoneId.of("Europe/Berlin"), map, Set.of());
    }

    private final ReminderClock clock = new ReminderClock(new NotificationPolicy(NotificationPolicy.DEFAULT_BACKOFF, true,
            Set.of("privacy_security")), BERLIN);

    /** Runs the clock minute by minute and returns the instants it reminded at. */
    private List<Instant> reminders(Instant posted, String category, Instant until) {
        List<Instant> sent = new ArrayList<>();
        NotifyStore.Reminded state = null;
        for (Instant now = posted; !now.isAfter(until); now = now.plus(Duration.ofMinutes(1))) {
            Optional<Integer> n = clock.due(posted, category, state, now);
            if (n.isPresent()) {
                assertEquals(sent.size() + 1, n.get());
                sent.add(now);
                state = new NotifyStore.Reminded(n.get(), now);
            }
        }
        return sent;
    }

    @Test
    void aCardPostedInTheMorningIsRemindedAfter30Min1hAnd2hSkippingLunchThenAtTheNextShiftStart() {
        // Tuesday 2026-11-24, 10:06 Berlin (09:06 UTC).
        List<Instant> sent = reminders(Instant.parse("2026-11-24T09:06:00Z"), "refund", Instant.parse("2026-11-25T12:00:00Z"));
        assertEquals(List.of(Instant.parse("2026-11-24T09:36:00Z"), Instant.parse("2026-11-24T10:36:00Z"),
                Instant.parse("2026-11-24T12:36:00Z"), Instant.parse("2026-11-25T08:00:00Z")), sent,
                "30 min, then 1 h, then 2 h after each reminder; then 09:00 Berlin the next day (not 14:30 after lunch)");
    }

    @Test
    void stepsThatFallOutsideCoverageBecomeOneReminderWhenCoverageOpens() {
        // 17:10 Berlin: every step would fall in the evening.
        List<Instant> sent = reminders(Instant.parse("2026-11-24T16:10:00Z"), "angry", Instant.parse("2026-11-25T08:20:00Z"));
        assertEquals(List.of(Instant.parse("2026-11-25T08:00:00Z")), sent, "one reminder at 09:00, not three at once");
    }

    @Test
    void anUrgentCategoryIsRemindedOutsideCoverageButStillBacksOff() {
        List<Instant> sent = reminders(Instant.parse("2026-11-24T20:00:00Z"), "privacy_security", Instant.parse("2026-11-25T07:00:00Z"));
        assertEquals(List.of(Instant.parse("2026-11-24T20:30:00Z"), Instant.parse("2026-11-24T21:30:00Z"),
                Instant.parse("2026-11-24T23:30:00Z")), sent);
    }

    @Test
    void noTwoRemindersAreCloserThanTheFirstStep() {
        // Posted 12:20 Berlin: the first step falls in the lunch break, the second comes an hour after it.
        List<Instant> sent = reminders(Instant.parse("2026-11-24T11:20:00Z"), "refund", Instant.parse("2026-11-27T16:00:00Z"));
        for (int i = 1; i < sent.size(); i++) {
            assertTrue(Duration.between(sent.get(i - 1), sent.get(i)).compareTo(Duration.ofMinutes(30)) >= 0, sent.toString());
        }
        sent.forEach(at -> assertTrue(BERLIN.isCovered(at), at + " is outside coverage"));
        assertEquals(Instant.parse("2026-11-24T12:30:00Z"), sent.get(0), "at 13:30 when coverage opens after lunch");
    }
}
