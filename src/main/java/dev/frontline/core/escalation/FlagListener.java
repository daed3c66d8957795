package dev.frontline.core.escalation;

import dev.frontline.core.TicketListener;
import dev.frontline.core.TicketMessage;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.ticket.TicketService;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows staff at once why a customer message must be escalated, and records each flag on the
 * ticket (a note with detail {@code flag:<category>}) so {@code /escalate} can pre-fill it.
 */
public final class FlagListener implements TicketListener {
    static final String FLAG_PREFIX = "flag:";
    private final Detector detector;
    private final TicketService tickets;

    public FlagListener(Detector detector, TicketService tickets) {
        this.detector = detector;
        this.tickets = tickets;
    }

    @Override
    public List<Action> onTicketMessage(TicketMessage message) {
        if (!message.fromCustomer()) return List.of();
        Ticket ticket = message.ticket();
        List<Flag> flags = detector.detect(message.message().text(), ticket);
        if (flags.isEmpty()) return List.of();
        return flagged(ticket, flags, message.message().at());
    }

    /** Records the flags and tells staff; shared with the stuck-ticket routine. */
    List<Action> flagged(Ticket ticket, List<Flag> flags, java.time.Instant at) {
        List<TicketEvent> events = new ArrayList<>();
        for (Flag f : flags) events.add(TicketEvent.of(ticket.id(), EventType.NOTE, "frontline", f.evidence(), FLAG_PREFIX + f.category(), at));
        List<Action> actions = new ArrayList<>();
        String reasons = flags.stream().map(f -> "• " + f.category() + ": " + f.evidence()).collect(Collectors.joining("\n"));
        actions.add(new Action.StaffNote(ticket.place(), "⚠ " + ticket.ref() + " must be escalated:\n" + reasons
                + "\nRun /escalate " + ticket.ref() + " to send the card (it is pre-filled)."));
        Ticket current = tickets.store().find(ticket.id()).orElse(ticket);
        actions.addAll(tickets.commit(current, current, events).actions());
        return actions;
    }
}
