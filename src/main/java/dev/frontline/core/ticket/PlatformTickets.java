package dev.frontline.core.ticket;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.TicketStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One platform's view of the shared ticket store: a desk sees, lists, counts and changes only the
 * tickets of its own platform, so {@code /resolve #1} typed on Slack can never touch a Discord
 * ticket, and Slack's SLA watch never warns about one.
 */
public final class PlatformTickets implements TicketStore {
    private final String platform;
    private final TicketStore all;

    public PlatformTickets(String platform, TicketStore all) {
        this.platform = platform;
        this.all = all;
    }

    public String platform() {
        return platform;
    }

    private boolean ours(Ticket t) {
        return t.platform().equals(platform);
    }

    private Place checked(Place place) {
        if (!place.platform().equals(platform)) {
            throw new IllegalArgumentException("a " + platform + " desk cannot open a ticket on " + place.platform());
        }
        return place;
    }

    @Override
    public Ticket open(Place place, dev.frontline.core.model.UserRef customer, String firstMessage, Instant at) {
        return all.open(checked(place), customer, firstMessage, at);
    }

    @Override
    public Optional<Ticket> find(long id) {
        return all.find(id).filter(this::ours);
    }

    @Override
    public Optional<Ticket> findByPlace(Place place) {
        return place.platform().equals(platform) ? all.findByPlace(place) : Optional.empty();
    }

    @Override
    public Ticket save(Ticket ticket, List<TicketEvent> events) {
        if (!ours(ticket)) throw new IllegalArgumentException("a " + platform + " desk cannot change " + ticket.platform() + " ticket " + ticket.ref());
        return all.save(ticket, events);
    }

    @Override
    public void append(List<TicketEvent> events) {
        for (TicketEvent e : events) {
            if (find(e.ticketId()).isEmpty()) throw new IllegalArgumentException("no " + platform + " ticket #" + e.ticketId());
        }
        all.append(events);
    }

    @Override
    public List<TicketEvent> history(long ticketId) {
        return find(ticketId).isPresent() ? all.history(ticketId) : List.of();
    }

    @Override
    public List<Ticket> query(Query query) {
        return all.query(query.on(platform));
    }

    @Override
    public List<TicketEvent> events(String platformName, Instant from, Instant to, Set<EventType> types) {
        return all.events(platform, from, to, types);
    }
}
