package dev.frontline.core;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;

import java.util.List;

/**
 * Told about every committed ticket change (status, assignee, tags, history entries), whoever made
 * it: a message, a command, a button. Returns what to say about it, e.g. a CSAT question when a
 * ticket is resolved, or nothing.
 */
@FunctionalInterface
public interface TicketObserver {

    /** @param before the ticket before the change, null when the change opened it */
    List<Action> onTicketChanged(Ticket before, Ticket after, List<TicketEvent> events);
}
