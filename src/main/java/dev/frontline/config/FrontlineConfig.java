package dev.frontline.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code bot-config/frontline.yaml}: the workspace, the support team and the channels per platform.
 *
 * @param channels by platform name ({@code console}, {@code slack}, {@code discord})
 */
public record FrontlineConfig(@Required Workspace workspace, @Required List<Member> team,
                              @Required Map<String, PlatformChannels> channels, Messages messages,
                              Retention retention, Notifications notifications) {

    /** @param timezone IANA zone id, e.g. {@code Europe/Berlin}; the team's local time for reports */
    public record Workspace(@Required String name, @Required String timezone) {}

    /**
     * A person on the team.
     *
     * @param role          {@code agent}, {@code lead} or {@code owner}
     * @param ids           their user ids on each platform (console name, Slack U…, Discord id)
     * @param tier          the tier they work at: 1 (default), 2, 3 or specialized
     * @param guardedUntil  guarded mode (every refund needs approval) until this date
     */
    public record Member(@Required String name, @Required String role, @Required List<String> ids,
                         String tier, LocalDate guardedUntil) {}

    /**
     * Channel ids on one platform (on the console: channel names).
     *
     * @param tickets where customers write
     * @param owner   where escalation cards go
     * @param team    where shift posts go
     * @param staff   where staff-only notes go when the platform has no private replies (defaults to team)
     */
    public record PlatformChannels(@Required List<String> tickets, @Required String owner, @Required String team,
                                   String staff) {}

    /**
     * How long data is kept; a missing key keeps that kind forever. A daily routine purges what is older.
     *
     * @param messages the text of customer messages, replies and notes, e.g. {@code 365d}
     * @param audit    audit log rows, e.g. {@code 730d}
     */
    public record Retention(java.time.Duration messages, java.time.Duration audit) {}

    /** Public texts; {ticket} and {name} are filled in. */
    public record Messages(String ticketOpened, String ticketResolved, String ticketReopened) {}

    /**
     * How the bot notifies people ({@code notifications:}); every part may be left out for its defaults.
     *
     * @param reminders   reminders of undecided escalation cards
     * @param suggestions which macro suggestions staff see
     */
    public record Notifications(Reminders reminders, Suggestions suggestions) {}

    /**
     * @param backoff        waits between reminders of one undecided card, e.g. {@code [30m, 1h, 2h]}: the first after
     *                       the card is posted, each next one after the previous reminder; non-decreasing
     * @param atShiftStart   after the last step, once at the start of each shift (default true)
     * @param urgent         escalation categories reminded outside coverage too (default none)
     */
    public record Reminders(List<java.time.Duration> backoff, Boolean atShiftStart, List<String> urgent) {}

    /** @param minConfidence a runner-up suggestion below this confidence (0-1) is not shown; the best fitting macro always is */
    public record Suggestions(Double minConfidence) {}
}
