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
 * Durable tickets and their history. Every method that writes has committed when it returns, so a
 * caller may acknowledge the user right after. Implementations are thread-safe.
 */
public interface TicketStore {

    /** Opens a ticket for the first customer message at {@code place} and records that message, atomically. */
    Ticket open(String platform, Place place, UserRef customer, String firstMessage, Instant at);

    Optional<Ticket> find(long id);

    Optional<Ticket> findByPlace(String platform, Place place);

    /** Saves the ticket's new state and appends {@code events} to its history in one transaction. */
    void save(Ticket ticket, List<TicketEvent> events);

    /** Appends one history entry without changing the ticket. */
    default void append(TicketEvent event) {
        Ticket ticket = find(event.ticketId()).orElseThrow();
        save(ticket, List.of(event));
    }

    /** A ticket's history, oldest first. */
    List<TicketEvent> history(long ticketId);

    /** Tickets matching the query, oldest first. */
    List<Ticket> query(Query query);

    /** History entries of the given types (all types if empty) in [from, to), oldest first. */
    List<TicketEvent> events(Instant from, Instant to, Set<EventType> types);

    /**
     * Filter for {@link #query}. Null or empty fields do not filter.
     *
     * @param statuses    only tickets in one of these statuses
     * @param assignee    only tickets assigned to this user id
     * @param openedFrom  only tickets opened at or after this instant
     * @param openedTo    only tickets opened before this instant
     * @param limit       at most this many (0 = no limit)
     */
    record Query(Set<TicketStatus> statuses, String assignee, Instant openedFrom, Instant openedTo, int limit) {
        public static Query all() {
            return new Query(Set.of(), null, null, null, 0);
        }

        public static Query inStatus(Set<TicketStatus> statuses) {
            return new Query(statuses, null, null, null, 0);
        }

        public static Query notClosed() {
            return inStatus(Set.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER,
                    TicketStatus.ESCALATED));
        }

        public Query assignedTo(String userId) {
            return new Query(statuses, userId, openedFrom, openedTo, limit);
        }

        public Query limit(int max) {
            return new Query(statuses, assignee, openedFrom, openedTo, max);
        }

        public Query openedBetween(Instant from, Instant to) {
            return new Query(statuses, assignee, from, to, limit);
        }
    }
}
