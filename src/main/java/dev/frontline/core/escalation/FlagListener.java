package dev.frontline.core.escalation;

import dev.frontline.core.TicketListener;
import dev.frontline.core.TicketMessage;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.ticket.TicketService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows staff at once why a customer message must be escalated, and records each flag on the
 * ticket (a note with detail {@code flag:<category>}) so {@code /escalate} can pre-fill it. A flag of
 * a message carries the <em>Not an escalation</em> button, so the team can correct the model.
 * The message's vector is the one shared with the suggestions (no second embedding).
 */
public final class FlagListener implements TicketListener {
    static final String FLAG_PREFIX = "flag:";
    private final Detector detector;
    private final TicketService tickets;
    private final PhrasebookLearning learning;

    private final java.util.function.Supplier<dev.frontline.core.port.Tally> tally;

    FlagListener(Detector detector, TicketService tickets, PhrasebookLearning learning, java.util.function.Supplier<dev.frontline.core.port.Tally> tally) {
        this.tally = tally;
        this.detector = detector;
        this.tickets = tickets;
        this.learning = learning;
    }

    @Override
    public List<Action> onTicketMessage(TicketMessage message) {
        if (!message.fromCustomer()) return List.of();
        Ticket ticket = message.ticket();
        List<Flag> flags = flags(message.meaning(), ticket.customer());
        if (flags.isEmpty()) return List.of();
        return flagged(ticket, flags, message.message().at(), List.of(learning.notAnEscalation(ticket)));
    }

    @Override
    public void prepare(dev.frontline.core.model.Inbound.Message message, dev.frontline.core.MessageMeaning meaning) {
        // The sender is the ticket's customer for all but the rarest messages; if not, the real one is checked inside.
        flags(meaning, message.user());
    }

    /** The flags of a message from {@code customer} (the VIP list depends on who it is), computed once. */
    private List<Flag> flags(dev.frontline.core.MessageMeaning meaning, dev.frontline.core.model.UserRef customer) {
        return meaning.memo(java.util.List.of(detector, detector.version(), customer.id()),
                () -> detector.detect(meaning.text(), meaning.vector(detector.messageEmbedder()), customer));
    }

    /** Records the flags and tells staff; shared with the stuck-ticket routine. */
    List<Action> flagged(Ticket ticket, List<Flag> flags, Instant at) {
        return flagged(ticket, flags, at, List.of());
    }

    private List<Action> flagged(Ticket ticket, List<Flag> flags, Instant at, List<Button> buttons) {
        List<TicketEvent> events = new ArrayList<>();
        for (Flag f : flags) {
            events.add(TicketEvent.of(ticket.id(), EventType.NOTE, "frontline", f.evidence(), FLAG_PREFIX + f.category(), at));
            tally.get().escalationFlagged(f.category());
        }
        List<Action> actions = new ArrayList<>();
        String reasons = flags.stream().map(f -> "• " + f.category() + ": " + f.evidence()).collect(Collectors.joining("\n"));
        actions.add(new Action.StaffNote(ticket.place(), "⚠ " + ticket.ref() + " must be escalated:\n" + reasons
                + "\nRun /escalate " + ticket.ref() + " to send the card (it is pre-filled).", buttons));
        Ticket current = tickets.store().find(ticket.id()).orElse(ticket);
        actions.addAll(tickets.commit(current, current, events).actions());
        return actions;
    }
}
