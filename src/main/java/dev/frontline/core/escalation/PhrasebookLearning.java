package dev.frontline.core.escalation;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.TicketStore;

import java.time.Instant;
import java.util.List;

/**
 * Learning from the team: a ticket an agent escalates by hand although its latest customer message
 * was not flagged proposes that message as a phrasebook line of the chosen category; the
 * <em>Not an escalation</em> button under a flag proposes the flagged message as a {@code none}
 * line. Both wait for an owner's or lead's {@code /examples accept N}.
 */
final class PhrasebookLearning {
    /** Button ids {@code escno:<ticketId>:<n>}: the n-th customer message of the ticket (1-based). */
    static final String NAMESPACE = "escno";

    private final EscalationPolicy policy;
    private final TicketStore tickets;
    private final PhrasebookProposals proposals;

    PhrasebookLearning(EscalationPolicy policy, TicketStore tickets, PhrasebookProposals proposals) {
        this.policy = policy;
        this.tickets = tickets;
        this.proposals = proposals;
    }

    /** The staff-only button under a flag of the ticket's latest customer message. */
    Button notAnEscalation(Ticket ticket) {
        long n = customerMessages(tickets.history(ticket.id())).size();
        return Button.of(NAMESPACE + ":" + ticket.id() + ":" + n, "Not an escalation");
    }

    List<Action> onNotAnEscalation(Inbound.Click click, Role role) {
        if (!role.atLeast(Role.AGENT)) return privately(click, "Only staff can correct escalation flags.");
        String[] parts = click.actionId().split(":");
        if (parts.length != 3 || !parts[1].matches("\\d+") || !parts[2].matches("\\d+")) return privately(click, "That button is no longer valid.");
        Ticket ticket = tickets.find(Long.parseLong(parts[1])).orElse(null);
        if (ticket == null) return privately(click, "That ticket no longer exists.");
        List<TicketEvent> said = customerMessages(tickets.history(ticket.id()));
        int n = Integer.parseInt(parts[2]);
        if (n < 1 || n > said.size()) return privately(click, "That message is no longer on " + ticket.ref() + ".");
        String text = said.get(n - 1).text();
        boolean fresh = proposals.propose(Phrasing.NONE, text, ticket.id(), click.user().id(), click.at());
        return privately(click, fresh
                ? "Thanks: \"" + TicketSummary.shorten(text, 120) + "\" is proposed as an ordinary message (phrasebook: none). "
                  + "An owner or lead reviews it with /examples; once accepted, the model learns it. "
                  + "Keywords and patterns of escalation.yaml still flag on their own."
                : "That message was already proposed as an ordinary message; it waits in /examples.");
    }

    /**
     * After a card was sent by hand: when the ticket's latest customer message carries no flag, it
     * becomes a pending line of {@code category} (the model missed it). Returns a note for staff, or nothing.
     */
    List<Action> afterManualEscalation(Ticket ticket, String category, String by, Instant at) {
        if (category.equals("stuck") || policy.category(category).isEmpty()) return List.of();
        List<TicketEvent> history = tickets.history(ticket.id());
        int last = -1;
        for (int i = 0; i < history.size(); i++) if (history.get(i).type() == EventType.CUSTOMER_MESSAGE) last = i;
        if (last < 0 || history.get(last).text() == null || history.get(last).text().isBlank()) return List.of();
        for (int i = last + 1; i < history.size(); i++) {
            TicketEvent e = history.get(i);
            if (e.type() == EventType.NOTE && e.detail() != null && e.detail().startsWith(FlagListener.FLAG_PREFIX)) return List.of();
        }
        String text = history.get(last).text();
        if (!proposals.propose(category, text, ticket.id(), by, at)) return List.of();
        return List.of(new Action.StaffNote(ticket.place(), "The customer's message on " + ticket.ref()
                + " was not flagged; it is proposed as a phrasebook line for " + category + " (review with /examples)."));
    }

    private static List<TicketEvent> customerMessages(List<TicketEvent> history) {
        return history.stream().filter(e -> e.type() == EventType.CUSTOMER_MESSAGE && e.text() != null).toList();
    }

    private static List<Action> privately(Inbound.Click click, String text) {
        return List.of(new Action.PrivateReply(click.user().id(), click.place(), text));
    }
}
