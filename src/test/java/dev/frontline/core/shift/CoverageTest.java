package dev.frontline.core.shift;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.Tier;
import dev.frontline.core.model.UserRef;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageTest {
    static WeeklyHours hours(String name, String zone, String... intervals) {
        Map<DayOfWeek, List<WeeklyHours.Interval>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            List<WeeklyHours.Interval> list = new java.util.ArrayList<>();
            for (String i : intervals) {
                String[] p = i.split("-");
                list.add(new WeeklyHours.Interval(LocalTime.parse(p[0]), LocalTime.parse(p[1])));
            }
            map.put(d, list);
        }
        return new WeeklyHours(name, ZoneId.of(zone), map, Set.of(LocalDate.parse("2026-12-25")));
    }

    static final WeeklyHours BERLIN = hours("Berlin", "Europe/Berlin", "09:00-12:30", "13:30-17:30");

    @Test
    void splitBusinessHoursLeaveTheLunchBreakUncovered() {
        Coverage c = new Coverage(List.of(BERLIN));
        // Tuesday 2026-11-24, Berlin is UTC+1.
        assertTrue(c.isCovered(Instant.parse("2026-11-24T08:30:00Z")));
        assertFalse(c.isCovered(Instant.parse("2026-11-24T12:00:00Z")), "13:00 Berlin is lunch");
        assertEquals(Duration.ofHours(3), c.coveredTime(Instant.parse("2026-11-24T10:30:00Z"), Instant.parse("2026-11-24T14:30:00Z")),
                "11:30-15:30 local minus the lunch hour");
    }

    @Test
    void coveredTimeIsRightAcrossADaylightSavingChange() {
        Coverage c = new Coverage(List.of(BERLIN));
        // Friday 2026-10-23 (summer time, UTC+2) to Monday 2026-10-26 (winter time, UTC+1): Friday's 7.5 h of cover.
        Instant fridayNine = Instant.parse("2026-10-23T07:00:00Z");
        Instant mondayNine = Instant.parse("2026-10-26T08:00:00Z");
        assertEquals(Duration.ofMinutes(450), c.coveredTime(fridayNine, mondayNine));
        assertEquals(Instant.parse("2026-10-26T08:30:00Z"), c.afterCoveredTime(fridayNine, Duration.ofHours(8)),
                "8 h of cover from Friday 09:00 ends Monday 09:30 local, which is 08:30Z after the change (07:30Z before it)");
    }

    @Test
    void followTheSunCoversWhenAnyTeamIsOpenAndHandsOver() {
        WeeklyHours sydney = hours("Sydney", "Australia/Sydney", "09:00-17:00");
        Coverage c = new Coverage(List.of(BERLIN, sydney));
        // Sydney (UTC+11 in November) 09:00-17:00 is 22:00-06:00Z; Berlin opens 08:00Z.
        assertTrue(c.isCovered(Instant.parse("2026-11-24T23:00:00Z")));
        assertFalse(c.isCovered(Instant.parse("2026-11-25T07:00:00Z")), "between Sydney closing and Berlin opening");
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), c.nextOpening(Instant.parse("2026-11-25T06:30:00Z")).orElseThrow());
        assertEquals(Duration.ofHours(8 + 3), c.coveredTime(Instant.parse("2026-11-24T22:00:00Z"), Instant.parse("2026-11-25T11:00:00Z")));
    }

    @Test
    void holidaysAreNotCovered() {
        Coverage c = new Coverage(List.of(BERLIN));
        assertFalse(c.isCovered(Instant.parse("2026-12-25T10:00:00Z")));
        assertEquals(Instant.parse("2026-12-28T08:00:00Z"), c.nextOpening(Instant.parse("2026-12-24T17:00:00Z")).orElseThrow());
    }

    @Test
    void theSlaClockCountsCoveredTimeAndPausesWhileWaitingOnTheCustomer() {
        SlaClock sla = new SlaClock(new Coverage(List.of(BERLIN)), Duration.ofHours(4), 0.8);
        Instant opened = Instant.parse("2026-11-24T08:00:00Z"); // 09:00 Berlin
        Ticket t = new Ticket(1, "console", new Place("console", "support", "t"), UserRef.of("c"), "help", TicketStatus.OPEN, null, Tier.TIER1,
                Set.of(), opened, opened, null, null, 0);
        List<TicketEvent> history = List.of(
                TicketEvent.of(1, EventType.CUSTOMER_MESSAGE, "c", "help", null, opened),
                TicketEvent.of(1, EventType.STATUS_CHANGED, "alex", null, "waiting-on-customer", opened.plus(Duration.ofHours(1))),
                TicketEvent.of(1, EventType.CUSTOMER_MESSAGE, "c", "here you go", null, opened.plus(Duration.ofHours(3))));

        Duration used = sla.used(t, history, opened.plus(Duration.ofHours(6)));

        // 09-10 running, 10-12 paused, 12-12:30 + 13:30-15:00 running (lunch excluded): 1 h + 0.5 h + 1.5 h.
        assertEquals(Duration.ofHours(3), used);
        assertFalse(sla.isBreached(used));
        assertTrue(sla.isAtRisk(Duration.ofMinutes(200)));
        assertEquals(Instant.parse("2026-11-24T15:00:00Z"), sla.due(t, history, opened.plus(Duration.ofHours(6))), "one hour of cover left");
    }
}
