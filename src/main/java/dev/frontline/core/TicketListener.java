package dev.frontline.core;

import dev.frontline.core.model.Action;

import java.util.List;

/** Reacts to a stored ticket message, e.g. with suggestions or escalation flags for staff. */
@FunctionalInterface
public interface TicketListener {
    List<Action> onTicketMessage(TicketMessage message);
}
