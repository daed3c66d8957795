package dev.frontline.core.escalation;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.team.Team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pre-fills a card from a ticket's history: what the customer asked, what was tried, the flagged category. */
final class TicketSummary {
    private TicketSummary() {}

    static String asked(Ticket ticket, List<TicketEvent> history) {
        List<String> said = history.stream().filter(e -> e.type() == EventType.CUSTOMER_MESSAGE && e.text() != null)
                .map(TicketEvent::text).toList();
        if (said.isEmpty()) return ticket.subject();
        String first = said.get(0);
        String last = said.get(said.size() - 1);
        return said.size() == 1 ? shorten(first, 400) : shorten(first, 250) + " … latest: " + shorten(last, 200);
    }

    static String tried(List<TicketEvent> history, Team team) {
        List<String> tried = new ArrayList<>();
        for (TicketEvent e : history) {
            if (e.type() == EventType.AGENT_REPLY) {
                String who = team.nameOf(e.actorId(), e.actorId());
                tried.add(e.detail() != null ? who + " sent macro '" + e.detail() + "'" : who + " replied: \"" + shorten(e.text(), 120) + "\"");
            } else if (e.type() == EventType.NOTE && e.detail() == null && e.text() != null) {
                tried.add("note: " + shorten(e.text(), 120));
            }
        }
        return tried.isEmpty() ? "Nothing yet: escalated before any reply." : String.join("; ", tried);
    }

    /**
     * The category flagged most recently; of several flags on the same message, the first (categories
     * are checked in the order escalation.yaml lists them, most urgent first).
     */
    static Optional<String> flaggedCategory(List<TicketEvent> history) {
        TicketEvent chosen = null;
        for (TicketEvent e : history) {
            if (e.type() != EventType.NOTE || e.detail() == null || !e.detail().startsWith(FlagListener.FLAG_PREFIX)) continue;
            if (chosen == null || e.at().isAfter(chosen.at())) chosen = e;
        }
        return Optional.ofNullable(chosen).map(e -> e.detail().substring(FlagListener.FLAG_PREFIX.length()));
    }

    static String shorten(String s, int max) {
        if (s == null) return "";
        String one = s.replaceAll("\\s+", " ").trim();
        if (one.codePointCount(0, one.length()) <= max) return one;
        return one.substring(0, one.offsetByCodePoints(0, max - 1)) + "…";
    }
}
