package dev.frontline.core.ticket;

import dev.frontline.core.TicketMessage;
import dev.frontline.core.TicketObserver;
import org.slf4j.LoggerFactory;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.StoreFailure;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The ticket lifecycle on one platform: which messages open, continue or reopen a ticket, and how
 * staff actions move its status. Every change is stored in the event's unit of work, which commits
 * before anything is shown to anyone.
 */
public final class TicketService {
    private final String platform;
    private final TicketStore store;
    private final Team team;
    private final Channels channels;
    private final TicketTexts texts;
    private final List<TicketObserver> observers = new CopyOnWriteArrayList<>();
    private final TicketStore live;

    /** @param store the shared store; this service sees only the tickets of {@code channels.platform()} */
    public TicketService(TicketStore store, Team team, Channels channels, TicketTexts texts) {
        this.platform = channels.platform();
        this.store = store instanceof PlatformTickets p && p.platform().equals(platform) ? store : new PlatformTickets(platform, store);
        this.team = team;
        this.channels = channels;
        this.texts = texts;
        this.live = new LiveTickets(this.store, channels);
    }

    /** A message applied to a ticket, and what the lifecycle itself wants said about it. */
    public record Applied(TicketMessage message, List<Action> actions) {}

    /** A committed change: the ticket as saved and what observers want said about it. */
    public record Committed(Ticket ticket, List<Action> actions) {}

    public void addObserver(TicketObserver observer) {
        observers.add(observer);
    }

    /**
     * Saves {@code after} with {@code events} in one transaction, then tells every observer.
     * All ticket changes go through here so observers see each one. {@code before} is null for a
     * ticket that was just opened (it is already stored).
     */
    public Committed commit(Ticket before, Ticket after, List<TicketEvent> events) {
        Ticket saved = before == null ? after : store.save(after, events);
        List<Action> actions = new ArrayList<>();
        for (TicketObserver observer : observers) {
            try {
                actions.addAll(observer.onTicketChanged(before, saved, events));
            } catch (StoreFailure e) {
                throw e;
            } catch (RuntimeException e) {
                // The change is committed; one failing observer must not hide it or the others.
                LoggerFactory.getLogger(TicketService.class).error("Ticket observer {} failed on {}",
                        observer.getClass().getName(), after.ref(), e);
            }
        }
        return new Committed(saved, actions);
    }

    public String platform() {
        return platform;
    }

    public TicketStore store() {
        return store;
    }

    /** The store without the trial's sample tickets: what metrics, shift posts, backlog and reminders count. */
    public TicketStore live() {
        return live;
    }

    public Channels channels() {
        return channels;
    }

    /** Applies a chat message; empty when it does not belong to a ticket (not a ticket channel, staff chatter). */
    public Optional<Applied> onMessage(Inbound.Message m) {
        if (!channels.isTicketPlace(m.place())) return Optional.empty();
        Role role = team.roleOf(m.user().id());
        Optional<Ticket> existing = m.place().isThread() ? store.findByPlace(m.place()) : Optional.empty();
        if (existing.isEmpty()) {
            if (role.isStaff()) return Optional.empty();
            return Optional.of(open(m, role));
        }
        Ticket ticket = existing.get();
        org.slf4j.MDC.put("ticket", ticket.ref());
        return Optional.of(role.isStaff() ? staffReply(ticket, m, role) : customerMessage(ticket, m, role));
    }

    private Applied open(Inbound.Message m, Role role) {
        Place place = m.place().isThread() ? m.place() : m.place().inThread(m.messageId());
        Optional<Ticket> same = store.findByPlace(place);
        if (same.isPresent()) {
            // The same message delivered again (a replayed transcript, a platform retry): not a new ticket.
            return customerMessage(same.get(), m, role);
        }
        Ticket ticket = store.open(place, m.user(), m.text(), m.at());
        org.slf4j.MDC.put("ticket", ticket.ref());
        LoggerFactory.getLogger(TicketService.class).info("Opened ticket {} on {}", ticket.ref(), platform);
        List<Action> actions = new ArrayList<>();
        // A customer's top-level message starts the conversation: its thread is the ticket.
        if (!m.place().isThread()) actions.add(new Action.StartThread(place, "Ticket " + ticket.ref() + " from " + m.user().name()));
        actions.addAll(List.of(
                new Action.Reply(place, TicketTexts.fill(texts.opened(), ticket.ref(), m.user().name())),
                new Action.StaffNote(place, "New ticket " + ticket.ref() + " from " + m.user().name() + ".")));
        actions.addAll(commit(null, ticket, store.history(ticket.id())).actions());
        return new Applied(new TicketMessage(ticket, m, role, true, false), actions);
    }

    private Applied customerMessage(Ticket ticket, Inbound.Message m, Role role) {
        List<TicketEvent> events = new ArrayList<>();
        events.add(TicketEvent.of(ticket.id(), EventType.CUSTOMER_MESSAGE, m.user().id(), m.text(), null, m.at()));
        List<Action> actions = new ArrayList<>();
        boolean reopened = false;
        Ticket next = ticket.touched(m.at());
        if (ticket.status() == TicketStatus.RESOLVED) {
            next = ticket.withStatus(TicketStatus.OPEN, m.at());
            events.add(TicketEvent.of(ticket.id(), EventType.REOPENED, m.user().id(), null, "customer replied", m.at()));
            actions.add(new Action.Reply(ticket.place(), TicketTexts.fill(texts.reopened(), ticket.ref(), m.user().name())));
            actions.add(new Action.StaffNote(ticket.place(), "Ticket " + ticket.ref() + " reopened: the customer replied after it was resolved."));
            reopened = true;
        } else if (ticket.status() == TicketStatus.WAITING_ON_CUSTOMER) {
            next = ticket.withStatus(TicketStatus.OPEN, m.at());
            events.add(TicketEvent.of(ticket.id(), EventType.STATUS_CHANGED, m.user().id(), null, TicketStatus.OPEN.label(), m.at()));
        }
        Committed c = commit(ticket, next, events);
        actions.addAll(c.actions());
        return new Applied(new TicketMessage(c.ticket(), m, role, false, reopened), actions);
    }

    private Applied staffReply(Ticket ticket, Inbound.Message m, Role role) {
        Committed c = recordStaffReply(ticket, m.user(), m.text(), null, m.at());
        return new Applied(new TicketMessage(c.ticket(), m, role, false, false), c.actions());
    }

    /**
     * Records a public reply by staff (typed in the thread, sent with /reply, or a macro): sets the
     * first response time, assigns an unassigned ticket to the replying agent, and, unless the
     * ticket is escalated or resolved, leaves it waiting on the customer after a question or an
     * answer, or on us after a promise of an update ({@link WaitingOn}).
     *
     * @param macroId the macro the reply came from, or null
     */
    public Committed recordStaffReply(Ticket ticket, UserRef staff, String text, String macroId, Instant at) {
        List<TicketEvent> events = new ArrayList<>();
        events.add(TicketEvent.of(ticket.id(), EventType.AGENT_REPLY, staff.id(), text, macroId, at));
        if (macroId != null) {
            events.add(TicketEvent.of(ticket.id(), EventType.MACRO_USED, staff.id(), null, macroId, at));
        }
        Ticket next = ticket.withFirstResponse(at).touched(at);
        if (next.assignee() == null) {
            next = next.withAssignee(staff.id(), at);
            events.add(TicketEvent.of(ticket.id(), EventType.ASSIGNED, staff.id(), null, staff.id(), at));
        }
        // Only a question or an answer hands the ball to the customer; a promise of an update keeps it with us.
        boolean active = next.status() == TicketStatus.NEW || next.status() == TicketStatus.OPEN || next.status() == TicketStatus.WAITING_ON_CUSTOMER;
        TicketStatus waiting = WaitingOn.after(text) == WaitingOn.CUSTOMER ? TicketStatus.WAITING_ON_CUSTOMER : TicketStatus.OPEN;
        if (active && next.status() != waiting) {
            next = next.withStatus(waiting, at);
            events.add(TicketEvent.of(ticket.id(), EventType.STATUS_CHANGED, staff.id(), null,
                    waiting == TicketStatus.OPEN ? "waiting-on-us" : waiting.label(), at));
        }
        return commit(ticket, next, events);
    }

    /** Resolves a ticket; returns the public closing message and a staff note. */
    public List<Action> resolve(Ticket ticket, UserRef by, String note, Instant at) {
        if (ticket.status() == TicketStatus.RESOLVED) {
            throw new dev.frontline.core.command.CommandException("Ticket " + ticket.ref() + " is already resolved.");
        }
        Ticket next = ticket.withStatus(TicketStatus.RESOLVED, at);
        Committed c = commit(ticket, next, List.of(TicketEvent.of(ticket.id(), EventType.RESOLVED, by.id(), blankToNull(note), null, at)));
        String customerName = ticket.customer().name();
        List<Action> actions = new ArrayList<>(List.of(
                new Action.Reply(ticket.place(), TicketTexts.fill(texts.resolved(), ticket.ref(), customerName)),
                new Action.StaffNote(ticket.place(), "Ticket " + ticket.ref() + " resolved by " + team.nameOf(by.id(), by.name())
                        + (blankToNull(note) == null ? "." : ": " + note))));
        actions.addAll(c.actions());
        return actions;
    }

    /** Reopens a resolved ticket at a staff member's request. */
    public List<Action> reopen(Ticket ticket, UserRef by, Instant at) {
        if (ticket.status() != TicketStatus.RESOLVED) {
            throw new dev.frontline.core.command.CommandException("Ticket " + ticket.ref() + " is not resolved (it is " + ticket.status().label() + ").");
        }
        Ticket next = ticket.withStatus(TicketStatus.OPEN, at);
        Committed c = commit(ticket, next, List.of(TicketEvent.of(ticket.id(), EventType.REOPENED, by.id(), null, "reopened by staff", at)));
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.StaffNote(ticket.place(), "Ticket " + ticket.ref() + " reopened by " + team.nameOf(by.id(), by.name()) + "."));
        actions.addAll(c.actions());
        return actions;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
