package dev.frontline.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code bot-config/coverage.yaml}: when the team answers, and the first-response SLA.
 *
 * @param model               {@code business_hours}, {@code extended} or {@code follow_the_sun}
 * @param schedules           one (business hours, extended) or several (follow the sun) weekly schedules
 * @param holidays            dates with no coverage (in each schedule's own time zone)
 * @param outsideHoursMessage what a ticket opened outside coverage is told; {back} is the next opening
 */
public record CoverageConfig(@Required String model, @Required List<WeeklySchedule> schedules, List<LocalDate> holidays,
                             @Required Sla sla, String outsideHoursMessage, WeeklyReview weeklyReview, FollowUp followUp,
                             Duration catchUpGrace) {

    /** When the weekly review is posted, in the workspace time zone. */
    public record WeeklyReview(@Required String day, @Required java.time.LocalTime time) {}

    /**
     * @param after             a ticket waiting on the customer this long gets a polite follow-up
     * @param closeAfter        and is closed with a note after this long of silence
     * @param remindAgentsAfter an agent is reminded of a ticket the customer waits on for this long
     */
    public record FollowUp(Duration after, Duration closeAfter, Duration remindAgentsAfter) {}

    /**
     * @param hours by day ({@code mon} … {@code sun}): intervals like {@code "09:00-12:30"}
     */
    public record WeeklySchedule(@Required String name, @Required String timezone,
                                 @Required Map<String, List<String>> hours) {}

    /**
     * @param firstResponse covered time allowed until the first reply, e.g. {@code 4h}
     * @param atRisk        share of that time after which staff are warned, e.g. 0.8
     */
    public record Sla(@Required Duration firstResponse, Double atRisk) {}
}
