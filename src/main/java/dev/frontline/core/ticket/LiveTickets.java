package dev.frontline.core.ticket;

import dev.frontline.core.model.Channels;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.TicketStore;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The desk's real customers only: a trial's sample tickets are left out of every list and count
 * (metrics, shift posts, backlog, reminders, SLA watch), so a trial never shows up as support work.
 * Looking one up by id finds only real tickets too; by place (a conversation) it still finds it.
 */
public final class LiveTickets implements TicketStore {
    private final TicketStore all;
    private final Channels channels;

    public LiveTickets(TicketStore all, Channels channels) {
        this.all = all;
        this.channels = channels;
    }

    private boolean live(Ticket t) {
        return !channels.isTrialPlace(t.place());
    }

    @Override
    public Ticket open(Place place, UserRef customer, String firstMessage, Instant at) {
        return all.open(place, customer, firstMessage, at);
    }

    @Override
    public Optional<Ticket> find(long id) {
        return all.find(id).filter(this::live);
    }

    @Override
    public Optional<Ticket> findByPlace(Place place) {
        return all.findByPlace(place);
    }

    @Override
    public Ticket save(Ticket ticket, List<TicketEvent> events) {
        return all.save(ticket, events);
    }

    @Override
    public void append(List<TicketEvent> events) {
        all.append(events);
    }

    @Override
    public List<TicketEvent> history(long ticketId) {
        return all.history(ticketId);
    }

    @Override
    public List<Ticket> query(Query query) {
        List<Ticket> found = all.query(query);
        if (channels.trial() == null) return found;
        return found.stream().filter(this::live).toList();
    }

    @Override
    public List<TicketEvent> events(String platform, Instant from, Instant to, Set<EventType> types) {
        List<TicketEvent> found = all.events(platform, from, to, types);
        if (channels.trial() == null) return found;
        Map<Long, Boolean> isLive = new HashMap<>();
        return found.stream().filter(e -> isLive.computeIfAbsent(e.ticketId(),
                id -> all.find(id).map(this::live).orElse(true))).toList();
    }
}
