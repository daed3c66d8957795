package dev.frontline.core.port;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.UserRef;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Durable tickets and their history. Every write joins the unit of work (the transaction) that is
 * open on the calling thread, or commits on its own when none is. Implementations are thread-safe.
 */
public interface TicketStore {

    /** Opens a ticket for the first customer message at {@code place} and records that message, atomically. */
    Ticket open(Place place, UserRef customer, String firstMessage, Instant at);

    Optional<Ticket> find(long id);

    /** The ticket whose conversation is {@code place} (platform, channel and thread). */
    Optional<Ticket> findByPlace(Place place);

    /**
     * Saves the ticket's new state and appends {@code events} to its history in one transaction,
     * if nobody saved it since {@code ticket} was read (same version); returns it as saved, with
     * its next version.
     *
     * @throws ConcurrentUpdate when the stored version moved on: the caller's work is retried
     */
    Ticket save(Ticket ticket, List<TicketEvent> events);

    /** Appends history entries without changing the ticket's state or version. */
    void append(List<TicketEvent> events);

    /** A ticket's history, oldest first. */
    List<TicketEvent> history(long ticketId);

    /** Tickets matching the query, oldest first. */
    List<Ticket> query(Query query);

    /** History entries of the given types (all types if empty) in [from, to), oldest first, of tickets on {@code platform} (all if null). */
    List<TicketEvent> events(String platform, Instant from, Instant to, Set<EventType> types);

    /** As {@link #events(String, Instant, Instant, Set)} on every platform the store holds. */
    default List<TicketEvent> events(Instant from, Instant to, Set<EventType> types) {
        return events(null, from, to, types);
    }

    /**
     * Filter for {@link #query}. Null or empty fields do not filter.
     *
     * @param platform    only tickets on this platform
     * @param statuses    only tickets in one of these statuses
     * @param assignee    only tickets assigned to this user id
     * @param openedFrom  only tickets opened at or after this instant
     * @param openedTo    only tickets opened before this instant
     * @param limit       at most this many (0 = no limit)
     */
    record Query(String platform, Set<TicketStatus> statuses, String assignee, Instant openedFrom, Instant openedTo, int limit) {
        public static Query all() {
            return new Query(null, Set.of(), null, null, null, 0);
        }

        public static Query inStatus(Set<TicketStatus> statuses) {
            return new Query(null, statuses, null, null, null, 0);
        }

        public Query on(String platformName) {
            return new Query(platformName, statuses, assignee, openedFrom, openedTo, limit);
        }

        public static Query notClosed() {
            return inStatus(Set.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER,
                    TicketStatus.ESCALATED));
        }

        public Query assignedTo(String userId) {
            return new Query(platform, statuses, userId, openedFrom, openedTo, limit);
        }

        public Query limit(int max) {
            return new Query(platform, statuses, assignee, openedFrom, openedTo, max);
        }

        public Query openedBetween(Instant from, Instant to) {
            return new Query(platform, statuses, assignee, from, to, limit);
        }
    }
}
