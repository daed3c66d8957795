package dev.frontline.core.model;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A customer conversation: one thread in a ticket channel. Immutable; the {@code with*} methods
 * return changed copies that a store then saves.
 *
 * @param platform        which chat platform it lives on (console, slack, discord)
 * @param place           channel and thread key of the conversation
 * @param subject         the first customer message, shortened, for lists and cards
 * @param firstResponseAt when staff first replied publicly, null until then
 * @param resolvedAt      when it was last resolved, null while it is open
 * @param version         how many times it was saved; a save of an older version loses the race
 */
public record Ticket(long id, String platform, Place place, UserRef customer, String subject,
                     TicketStatus status, String assignee, Tier tier, Set<String> tags,
                     Instant openedAt, Instant updatedAt, Instant firstResponseAt, Instant resolvedAt, long version) {

    public Ticket {
        tags = Set.copyOf(new TreeSet<>(tags == null ? Set.of() : tags));
        if (tier == null) tier = Tier.TIER1;
    }

    /** The same ticket as stored at {@code newVersion}. */
    public Ticket withVersion(long newVersion) {
        return new Ticket(id, platform, place, customer, subject, status, assignee, tier, tags,
                openedAt, updatedAt, firstResponseAt, resolvedAt, newVersion);
    }

    /** "#12", the way people refer to a ticket in commands and messages. */
    public String ref() {
        return "#" + id;
    }

    public Ticket withStatus(TicketStatus newStatus, Instant at) {
        Instant resolved = newStatus == TicketStatus.RESOLVED ? at : null;
        return new Ticket(id, platform, place, customer, subject, newStatus, assignee, tier, tags,
                openedAt, at, firstResponseAt, resolved, version);
    }

    public Ticket withAssignee(String newAssignee, Instant at) {
        return new Ticket(id, platform, place, customer, subject, status, newAssignee, tier, tags,
                openedAt, at, firstResponseAt, resolvedAt, version);
    }

    public Ticket withTier(Tier newTier, Instant at) {
        return new Ticket(id, platform, place, customer, subject, status, assignee, newTier, tags,
                openedAt, at, firstResponseAt, resolvedAt, version);
    }

    public Ticket withTags(Set<String> newTags, Instant at) {
        return new Ticket(id, platform, place, customer, subject, status, assignee, tier, newTags,
                openedAt, at, firstResponseAt, resolvedAt, version);
    }

    public Ticket withFirstResponse(Instant at) {
        if (firstResponseAt != null) return this;
        return new Ticket(id, platform, place, customer, subject, status, assignee, tier, tags,
                openedAt, at, at, resolvedAt, version);
    }

    public Ticket touched(Instant at) {
        return new Ticket(id, platform, place, customer, subject, status, assignee, tier, tags,
                openedAt, at, firstResponseAt, resolvedAt, version);
    }
}
