package dev.frontline.core.shift;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The rhythm's settings for one platform.
 *
 * @param team              where shift posts go (the platform's team channel)
 * @param outsideMessage    the reply to a ticket opened outside coverage; {back} is the next opening
 * @param zone              the workspace time zone (weekly review, /stats days)
 * @param followUpAfter     a ticket waiting on the customer this long gets a follow-up
 * @param closeAfter        and is closed after this long
 * @param remindAfter       an agent is reminded of a ticket the customer waits on this long
 * @param grace             how late a missed scheduled post may still go out (after a restart)
 */
public record ShiftSetup(Coverage coverage, SlaClock sla, dev.frontline.core.model.Place team, String outsideMessage, ZoneId zone,
                         DayOfWeek weeklyDay, LocalTime weeklyTime, Duration followUpAfter, Duration closeAfter,
                         Duration remindAfter, Duration grace) {}
