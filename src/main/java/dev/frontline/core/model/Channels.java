package dev.frontline.core.model;

import java.util.Set;

/**
 * The channels one platform uses, by that platform's channel id (console: the channel name).
 *
 * @param tickets where customers write; a top-level message there opens a ticket
 * @param owner   where escalation and approval cards go
 * @param team    where shift posts and summaries go
 * @param staff   where staff-only notes go on platforms without private replies; may equal team
 */
public record Channels(Set<String> tickets, String owner, String team, String staff) {
    public Channels {
        tickets = Set.copyOf(tickets);
    }

    public boolean isTicketChannel(String channel) {
        return tickets.contains(channel);
    }
}
