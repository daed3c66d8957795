package dev.frontline.core.model;

import java.util.Set;

/**
 * The channels one platform uses, by that platform's channel id (console: the channel name).
 *
 * @param platform which platform these channels are on
 * @param tickets  where customers write; a top-level message there opens a ticket
 * @param owner    where escalation and approval cards go
 * @param team     where shift posts and summaries go
 * @param staff    where staff-only notes go; may equal team
 * @param trial    the paid trial's channel (also a ticket channel), or null: its tickets are samples, not customers
 */
public record Channels(String platform, Set<String> tickets, String owner, String team, String staff, String trial) {
    public Channels {
        tickets = Set.copyOf(tickets);
    }

    public Channels(String platform, Set<String> tickets, String owner, String team, String staff) {
        this(platform, tickets, owner, team, staff, null);
    }

    /** True for a trial's sample ticket: it lives in the trial channel. */
    public boolean isTrialPlace(Place place) {
        return trial != null && place.platform().equals(platform) && trial.equals(place.channel());
    }

    public boolean isTicketChannel(String channel) {
        return tickets.contains(channel);
    }

    /** True when {@code place} is on this platform in one of its ticket channels. */
    public boolean isTicketPlace(Place place) {
        return place.platform().equals(platform) && tickets.contains(place.channel());
    }

    public Place ownerPlace() {
        return Place.channel(platform, owner);
    }

    public Place teamPlace() {
        return Place.channel(platform, team);
    }

    public Place staffPlace() {
        return Place.channel(platform, staff);
    }

    /** A channel of this platform by id. */
    public Place place(String channel) {
        return Place.channel(platform, channel);
    }

    /** The same channels with one more ticket channel. */
    public Channels withTicketChannel(String channel) {
        if (channel == null || tickets.contains(channel)) return this;
        java.util.Set<String> more = new java.util.HashSet<>(tickets);
        more.add(channel);
        return new Channels(platform, more, owner, team, staff, trial);
    }

    /** The same channels with the trial's channel: a ticket channel whose tickets are trial samples. */
    public Channels withTrialChannel(String channel) {
        if (channel == null) return this;
        Channels more = withTicketChannel(channel);
        return new Channels(platform, more.tickets, owner, team, staff, channel);
    }
}
