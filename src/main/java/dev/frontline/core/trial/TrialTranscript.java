package dev.frontline.core.trial;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The trial's conversations as the owner reads them: who said what, and when, per sample ticket. */
final class TrialTranscript {
    private static final Set<EventType> SHOWN = Set.of(EventType.CUSTOMER_MESSAGE, EventType.AGENT_REPLY, EventType.NOTE,
            EventType.ESCALATED, EventType.RESOLVED);

    private TrialTranscript() {}

    static String of(Trial trial, List<TrialTicket> trialTickets, TicketStore tickets, Team team) {
        StringBuilder b = new StringBuilder("Transcript of trial #" + trial.id() + ":");
        for (TrialTicket tt : trialTickets) {
            b.append("\n\nSample ").append(tt.index() + 1).append(" (").append(tt.sampleId()).append("), ticket #").append(tt.ticketId());
            for (TicketEvent e : tickets.history(tt.ticketId())) {
                if (!SHOWN.contains(e.type())) continue;
                long s = Duration.between(tt.openedAt(), e.at()).toSeconds();
                b.append("\n  +").append(s / 60).append(":").append(String.format("%02d", s % 60)).append(" ");
                switch (e.type()) {
                    case CUSTOMER_MESSAGE -> b.append("customer: ");
                    case AGENT_REPLY -> b.append(team.nameOf(e.actorId(), trial.candidateName()))
                            .append(e.detail() == null ? ": " : " (macro " + e.detail() + "): ");
                    case NOTE -> b.append("internal note: ");
                    case ESCALATED -> b.append("escalated").append(e.detail() == null ? "" : " (" + e.detail() + ")").append(": ");
                    default -> b.append("resolved").append(e.text() == null ? "" : ": ");
                }
                if (e.text() != null) b.append(e.text().replaceAll("\\s+", " "));
            }
        }
        return b.toString();
    }
}
