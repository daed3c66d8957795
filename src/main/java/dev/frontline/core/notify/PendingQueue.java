package dev.frontline.core.notify;

import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Audience;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.TicketStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one live <i>Pending decisions</i> message in the owner channel: posted once, then edited in
 * place (Slack chat.update, a Discord embed edit, a {@code card_update} on the console) whenever its
 * text changes: a card added or decided, a card's age passing a step, a reminder sent.
 */
public final class PendingQueue {
    /** The core's id of the queue message (per platform). */
    public static final String CARD_ID = "pending-decisions";

    private final Place ownerChannel;
    private final TicketStore tickets;
    private final NotifyStore store;

    public PendingQueue(Place ownerChannel, TicketStore tickets, NotifyStore store) {
        this.ownerChannel = ownerChannel;
        this.tickets = tickets;
        this.store = store;
    }

    /** The post or edit that brings the message up to date with {@code pending}; nothing when it already is. */
    public List<Action> refresh(List<Escalation> pending, Instant now) {
        Optional<String> shown = store.queueText();
        if (shown.isEmpty() && pending.isEmpty()) return List.of();
        Card card = card(pending, now);
        String text = card.asText();
        if (shown.isPresent() && shown.get().equals(text)) return List.of();
        store.saveQueueText(text, now);
        return List.of(shown.isEmpty() ? new Action.PostCard(ownerChannel, Audience.OWNERS, card)
                : new Action.UpdateCard(ownerChannel.platform(), CARD_ID, card));
    }

    Card card(List<Escalation> pending, Instant now) {
        List<Escalation> oldestFirst = pending.stream().sorted(Comparator.comparing(Escalation::createdAt)).toList();
        List<Card.Field> fields = new ArrayList<>();
        for (Escalation e : oldestFirst) {
            Optional<Ticket> ticket = tickets.find(e.ticketId());
            int reminded = store.reminded(e.cardId()).map(NotifyStore.Reminded::sent).orElse(0);
            String value = ticket.map(t -> t.ref() + " from " + t.customer().name()).orElse("ticket #" + e.ticketId())
                    + " — waiting " + age(Duration.between(e.createdAt(), now))
                    + (e.route().equals("owner") ? "" : ", for " + e.route())
                    + (reminded == 0 ? "" : ", reminded " + reminded + "×");
            fields.add(new Card.Field(e.cardId() + " · " + e.category(), value, ticket.map(Ticket::place).orElse(null)));
        }
        String title = "Pending decisions — " + (oldestFirst.isEmpty() ? "none" : oldestFirst.size() + " waiting");
        String footer = oldestFirst.isEmpty() ? "Nothing waits for a decision."
                : "Oldest first. Decide on each card; this message is kept up to date.";
        return new Card(CARD_ID, title, fields, List.of(), footer);
    }

    /**
     * Coarse on purpose, so the message is edited every 10 minutes in the first hour, every 30 minutes
     * up to 6 hours and hourly after, not every minute.
     */
    static String age(Duration d) {
        long m = Math.max(0, d.toMinutes());
        if (m < 10) return "under 10 min";
        if (m < 60) return (m / 10 * 10) + " min";
        long h = m / 60;
        if (h >= 6) return h + " h";
        return h + " h" + ((m % 60) >= 30 ? " 30 min" : "");
    }
}
