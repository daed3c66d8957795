package dev.frontline.core.escalation;

import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Audience;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Escalation cards from draft to decision: the pre-filled form, the card in the routed channel,
 * and the one decision an owner (or the routed tier) makes with its buttons.
 */
public final class EscalationDesk {
    static final String NEW_FORM = EscalationCards.NAMESPACE + ":new:";
    static final String DENY_FORM = EscalationCards.NAMESPACE + ":deny:";
    static final List<String> FIELDS = List.of("category", "asked", "tried", "next1", "next2");

    private final EscalationPolicy policy;
    private final EscalationStore store;
    private final TicketService tickets;
    private final Team team;
    private final EscalationCards cards;

    private dev.frontline.core.port.Tally tally = dev.frontline.core.port.Tally.NONE;
    private DecisionQueue queue = DecisionQueue.NONE;

    /** Keeps a live list of pending decisions up to date as cards are posted and decided. */
    public EscalationDesk listing(DecisionQueue queue) {
        this.queue = queue;
        return this;
    }

    /** Counts escalations raised, by category, for the operator's metrics. */
    public EscalationDesk counting(dev.frontline.core.port.Tally tally) {
        this.tally = tally;
        return this;
    }

    /** Where the desk's counts go (shared with the detectors' flags). */
    public dev.frontline.core.port.Tally tally() {
        return tally;
    }

    public EscalationDesk(EscalationPolicy policy, EscalationStore store, TicketService tickets, Team team) {
        this.policy = policy;
        this.store = store;
        this.tickets = tickets;
        this.team = team;
        this.cards = new EscalationCards(team, policy.zone());
    }

    public EscalationStore store() {
        return store;
    }

    public EscalationPolicy policy() {
        return policy;
    }

    EscalationCards cards() {
        return cards;
    }

    /** The card's fields pre-filled from the ticket, overridden by what the agent typed. */
    Map<String, String> draft(Ticket ticket, String category, Map<String, String> typed) {
        List<TicketEvent> history = tickets.store().history(ticket.id());
        String cat = category != null ? category : TicketSummary.flaggedCategory(history).orElse("");
        List<String> steps = policy.category(cat).map(CategoryRules::nextSteps).orElse(List.of("", ""));
        Map<String, String> v = new LinkedHashMap<>();
        v.put("category", cat);
        v.put("asked", TicketSummary.asked(ticket, history));
        v.put("tried", TicketSummary.tried(history, team));
        v.put("next1", steps.get(0));
        v.put("next2", steps.get(1));
        typed.forEach((k, val) -> {
            if (FIELDS.contains(k)) v.put(k, val);
        });
        return v;
    }

    Form form(Ticket ticket, Map<String, String> draft) {
        return new Form(NEW_FORM + ticket.id(), "Escalate " + ticket.ref(), List.of(
                new Form.Input("category", "Category (" + String.join(", ", policy.categories().keySet()) + ")", draft.get("category"), false, true),
                new Form.Input("asked", "What the customer asked", draft.get("asked"), true, true),
                new Form.Input("tried", "What was tried", draft.get("tried"), true, true),
                new Form.Input("next1", "Suggested next step, option 1", draft.get("next1"), false, true),
                new Form.Input("next2", "Suggested next step, option 2", draft.get("next2"), false, true)), "Send to the owners");
    }

    /** Sends the card; refuses (and sends nothing) while any field is empty or the category is unknown. */
    List<Action> submit(Ticket ticket, Map<String, String> values, UserRef by, Instant at, Long refundId) {
        List<String> empty = new ArrayList<>();
        for (String f : FIELDS) if (values.getOrDefault(f, "").isBlank()) empty.add(f);
        if (!empty.isEmpty()) {
            throw new CommandException("The card was not sent: fill in " + String.join(", ", empty) + ". Every field is needed for a decision.");
        }
        String category = values.get("category").trim();
        if (policy.category(category).isEmpty()) {
            throw new CommandException("Unknown category '" + category + "'. Use one of: " + String.join(", ", policy.categories().keySet()));
        }
        String channel = policy.channelFor(category);
        Escalation e = store.create(ticket.id(), category, values.get("asked").trim(), values.get("tried").trim(), values.get("next1").trim(),
                values.get("next2").trim(), policy.routeOf(category), channel, by.id(), at, refundId);
        tally.escalationRaised(category);
        Ticket escalated = ticket.withStatus(TicketStatus.ESCALATED, at);
        List<Action> actions = new ArrayList<>();
        boolean routed = !e.route().equals("owner");
        actions.add(new Action.PostCard(policy.placeFor(category), routed ? Audience.STAFF : Audience.OWNERS, cards.card(e, escalated)));
        // The owner sees every escalation: a routed card also goes to the owner channel, as a mirror or a card.
        if (routed) actions.add(new Action.PostCard(policy.ownerPlace(), Audience.OWNERS, ownerCopy(e, escalated)));
        actions.add(new Action.StaffNote(ticket.place(), ticket.ref() + " escalated (" + category + ") as card " + e.cardId() + " "
                + whereItWent(e) + ". Tell the customer it has been passed on."));
        actions.addAll(tickets.commit(ticket, escalated, List.of(TicketEvent.of(ticket.id(), EventType.ESCALATED, by.id(),
                "card " + e.cardId() + ": " + TicketSummary.shorten(e.asked(), 200), category, at))).actions());
        actions.addAll(queue.changed(at));
        return actions;
    }

    /** Exactly where the card is, for the agent: the queue, and the owner channel's copy of a routed card. */
    String whereItWent(Escalation e) {
        String owners = "#" + policy.ownerChannel();
        if (e.route().equals("owner")) return "in the owner channel " + owners + " (owners decide)";
        return "in the " + queue(e) + " queue #" + e.channel() + " (" + Deciders.describe(e.route()) + " decide) and in the owner channel "
                + owners + (ownerCard(e) ? " as a card of its own" : " as a live copy");
    }

    private static String queue(Escalation e) {
        return switch (e.route()) {
            case "tier2" -> "Tier 2";
            case "tier3" -> "Tier 3";
            case "specialized" -> "specialized team's";
            default -> "owners'";
        };
    }

    private boolean ownerCard(Escalation e) {
        return policy.category(e.category()).map(CategoryRules::ownerCard).orElse(false);
    }

    private dev.frontline.core.model.Card ownerCopy(Escalation e, Ticket ticket) {
        return cards.ownerCopy(e, ticket, queue(e) + " queue #" + e.channel(), ownerCard(e));
    }

    /** The card updated in place, and its copy in the owner channel for a routed card. */
    List<Action> cardUpdates(Escalation e, Ticket ticket) {
        List<Action> updates = new ArrayList<>();
        updates.add(new Action.UpdateCard(ticket.platform(), e.cardId(), cards.card(e, ticket)));
        if (!e.route().equals("owner")) {
            updates.add(new Action.UpdateCard(ticket.platform(), EscalationCards.ownerCopyId(e), ownerCopy(e, ticket)));
        }
        return updates;
    }

    /** A button on a card. Anyone but the deciders gets a private "not allowed" and nothing changes. */
    List<Action> click(Inbound.Click click) {
        String[] parts = click.actionId().split(":");
        if (parts.length < 3 || !parts[1].matches("\\d+")) return privately(click, "That button is no longer valid.");
        Escalation e = store.find(Long.parseLong(parts[1])).orElse(null);
        if (e == null) return privately(click, "That escalation no longer exists.");
        if (!Deciders.mayDecide(team, click.user().id(), e.route())) {
            return privately(click, "You are not allowed to decide " + e.cardId() + ": only " + Deciders.describe(e.route()) + " can.");
        }
        if (e.status() != Escalation.Status.PENDING) return alreadyDecided(click.user().id(), click.place(), e);
        String action = parts[2];
        if (action.equals("approve") && parts.length == 4 && (parts[3].equals("1") || parts[3].equals("2"))) {
            String option = parts[3].equals("1") ? e.next1() : e.next2();
            return decide(e, Escalation.Status.APPROVED, click.user(), "option " + parts[3] + " (" + option + ")", Integer.parseInt(parts[3]),
                    null, click.at(), click.place());
        }
        if (action.equals("deny")) {
            return List.of(new Action.OpenForm(click.user().id(), click.place(), new Form(DENY_FORM + e.id(), "Deny " + e.cardId(),
                    List.of(new Form.Input("reason", "Why (the agent sees this)", null, true, true)), "Deny")));
        }
        if (action.equals("takeover")) {
            return decide(e, Escalation.Status.TAKEN_OVER, click.user(), "take over", null, null, click.at(), click.place());
        }
        return privately(click, "That button is no longer valid.");
    }

    List<Action> deny(Inbound.FormSubmit form) {
        long id = Long.parseLong(form.formId().substring(DENY_FORM.length()));
        Escalation e = store.find(id).orElseThrow(() -> new CommandException("That escalation no longer exists."));
        if (!Deciders.mayDecide(team, form.user().id(), e.route())) {
            return List.of(new Action.PrivateReply(form.user().id(), form.place(), "You are not allowed to decide " + e.cardId() + "."));
        }
        String reason = form.values().getOrDefault("reason", "").trim();
        if (reason.isEmpty()) throw new CommandException("Give a reason: the agent needs it to tell the customer.");
        return decide(e, Escalation.Status.DENIED, form.user(), "deny", null, reason, form.at(), form.place());
    }

    /**
     * Records the one decision (only from PENDING) and, for a refund card, the refund's new status
     * and its audit row: all in the event's unit of work, so they commit together or not at all.
     */
    private List<Action> decide(Escalation e, Escalation.Status status, UserRef by, String decision, Integer option, String reason,
                                Instant at, Place where) {
        if (!store.decide(e.id(), status, by.id(), decision, option, reason, at)) {
            return alreadyDecided(by.id(), where, store.find(e.id()).orElse(e));
        }
        Escalation decided = store.find(e.id()).orElseThrow();
        Ticket ticket = tickets.store().find(e.ticketId()).orElseThrow();
        List<Action> actions = new ArrayList<>();
        actions.addAll(cardUpdates(decided, ticket));
        actions.add(new Action.StaffNote(ticket.place(), "Decision on " + e.cardId() + ": " + cards.decisionLine(decided)
                + (status == Escalation.Status.DENIED ? ". Let the customer know." : ".")));
        if (status == Escalation.Status.TAKEN_OVER) {
            actions.addAll(tickets.commit(ticket, ticket.withAssignee(by.id(), at), List.of(
                    TicketEvent.of(ticket.id(), EventType.ASSIGNED, by.id(), null, by.id(), at))).actions());
        }
        if (e.refundId() != null) {
            // Option 1 of a refund card is "approve the refund"; option 2 is the alternative.
            boolean approved = status == Escalation.Status.APPROVED && Integer.valueOf(1).equals(option);
            store.setRefundStatus(e.refundId(), approved ? "APPROVED" : "DENIED");
            store.audit(by.id(), approved ? "refund.approved" : "refund.declined", "refund " + e.refundId() + " on " + ticket.ref(),
                    cards.decisionLine(decided), at);
            // The agent's reply that promised it was held for this decision: approved, it goes out now.
            java.util.Optional<String> held = store.heldText(e.refundId());
            if (held.isPresent() && approved) {
                actions.add(new Action.Reply(ticket.place(), held.get()));
                actions.addAll(tickets.recordStaffReply(tickets.store().find(ticket.id()).orElse(ticket),
                        new UserRef(e.createdBy(), team.nameOf(e.createdBy(), e.createdBy())), held.get(), null, at).actions());
            } else if (held.isPresent()) {
                actions.add(new Action.StaffNote(ticket.place(), "The held reply promising this refund was not sent."));
            }
        }
        actions.addAll(queue.changed(at));
        return actions;
    }

    private List<Action> alreadyDecided(String userId, Place where, Escalation e) {
        return List.of(new Action.PrivateReply(userId, where, e.cardId() + " was already decided: " + cards.decisionLine(e) + "."));
    }

    private static List<Action> privately(Inbound.Click click, String text) {
        return List.of(new Action.PrivateReply(click.user().id(), click.place(), text));
    }

    static boolean isStaff(Role role) {
        return role.atLeast(Role.AGENT);
    }
}
