package dev.frontline.core;

import dev.frontline.core.model.Action;

import java.util.List;

/** Reacts to a stored ticket message, e.g. with suggestions or escalation flags for staff. */
@FunctionalInterface
public interface TicketListener {
    List<Action> onTicketMessage(TicketMessage message);

    /**
     * Work on the message's text alone (embedding, ranking, model scores), done before the event's
     * transaction opens so that the transaction, which serialises writers, stays short. Results go
     * into {@code meaning}'s memos, where {@link #onTicketMessage} finds them. Must change nothing.
     */
    default void prepare(dev.frontline.core.model.Inbound.Message message, MessageMeaning meaning) {
    }
}
