package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.CoverageConfig;
import dev.frontline.config.CoverageValidator;
import dev.frontline.core.model.Channels;
import dev.frontline.core.shift.Coverage;
import dev.frontline.core.shift.ShiftSetup;
import dev.frontline.core.shift.SlaClock;
import dev.frontline.core.shift.WeeklyHours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns coverage.yaml into the core's coverage, SLA clock and rhythm settings. */
final class ShiftWiring {
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);
    private static final String DEFAULT_OUTSIDE = "Thanks for reaching out! Our team is offline right now; we're back {back}.";

    private ShiftWiring() {}

    static Coverage coverage(CoverageConfig c) {
        Set<LocalDate> holidays = new HashSet<>(c.holidays() == null ? List.of() : c.holidays());
        List<WeeklyHours> schedules = new ArrayList<>();
        for (CoverageConfig.WeeklySchedule s : c.schedules()) {
            Map<DayOfWeek, List<WeeklyHours.Interval>> hours = new EnumMap<>(DayOfWeek.class);
            s.hours().forEach((day, intervals) -> {
                List<WeeklyHours.Interval> list = new ArrayList<>();
                for (String i : intervals) {
                    LocalTime[] t = CoverageValidator.parseInterval(i);
                    list.add(new WeeklyHours.Interval(t[0], t[1]));
                }
                hours.put(DAYS.get(day), list);
            });
            schedules.add(new WeeklyHours(s.name(), ZoneId.of(s.timezone()), hours, holidays));
        }
        return new Coverage(schedules);
    }

    static ShiftSetup setup(BotConfig config, Channels channels) {
        CoverageConfig c = config.coverage();
        Coverage coverage = coverage(c);
        SlaClock sla = new SlaClock(coverage, c.sla().firstResponse(), c.sla().atRisk() == null ? 0.8 : c.sla().atRisk());
        CoverageConfig.WeeklyReview weekly = c.weeklyReview() == null ? new CoverageConfig.WeeklyReview("fri", LocalTime.of(16, 0)) : c.weeklyReview();
        CoverageConfig.FollowUp f = c.followUp() == null ? new CoverageConfig.FollowUp(null, null, null) : c.followUp();
        return new ShiftSetup(coverage, sla, channels.teamPlace(), c.outsideHoursMessage() == null ? DEFAULT_OUTSIDE : c.outsideHoursMessage(),
                ZoneId.of(config.frontline().workspace().timezone()), DAYS.get(weekly.day()), weekly.time(),
                orDefault(f.after(), Duration.ofHours(24)), orDefault(f.closeAfter(), Duration.ofHours(72)),
                orDefault(f.remindAgentsAfter(), Duration.ofHours(2)), orDefault(c.catchUpGrace(), Duration.ofHours(2)));
    }

    private static Duration orDefault(Duration d, Duration fallback) {
        return d == null ? fallback : d;
    }
}
