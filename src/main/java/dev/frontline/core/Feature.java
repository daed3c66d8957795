package dev.frontline.core;

import dev.frontline.core.command.Command;
import dev.frontline.core.schedule.Routine;

import java.util.List;
import java.util.Map;

/**
 * One capability of the bot (tickets, answers, escalations, shifts, …) as the pieces it plugs in.
 * The composition root lists every feature once; the {@link Bot} routes events to them.
 */
public interface Feature {

    default List<Command> commands() {
        return List.of();
    }

    /** Called for every message that belongs to a ticket, after it is stored. */
    default List<TicketListener> ticketListeners() {
        return List.of();
    }

    /** Told about every committed ticket change (resolution, tags, assignment, …). */
    default List<TicketObserver> ticketObservers() {
        return List.of();
    }

    /** Button handlers by namespace (the component id up to the first ':'). */
    default Map<String, ClickHandler> clickHandlers() {
        return Map.of();
    }

    /** Form handlers by namespace (the form id up to the first ':'). */
    default Map<String, FormHandler> formHandlers() {
        return Map.of();
    }

    /** Checked before every event of the desk; any refusal stops the event (see {@link InboundGate}). */
    default List<InboundGate> gates() {
        return List.of();
    }

    default List<Routine> routines() {
        return List.of();
    }
}
