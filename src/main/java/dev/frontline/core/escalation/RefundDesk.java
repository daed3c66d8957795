package dev.frontline.core.escalation;

import dev.frontline.core.command.Args;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Money;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.team.Team;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.frontline.core.ticket.MoneyGuard;

/**
 * {@code /refund}: a refund inside the policy is granted and logged; outside it (or from an agent in
 * guarded mode) it becomes an approval card, and the agent is told not to promise it.
 */
final class RefundDesk {
    private final EscalationDesk desk;
    private final Team team;

    RefundDesk(EscalationDesk desk, Team team) {
        this.desk = desk;
        this.team = team;
    }

    /** @param args {@code <amount> [days=N | purchased=YYYY-MM-DD] <reason>} */
    List<Action> refund(Ticket ticket, String args, UserRef agent, Instant at) {
        Args parsed = Args.parse(args);
        if (parsed.words().isEmpty()) throw new CommandException("Usage: /refund [#ticket] <amount> [days=N] <reason>");
        // "120 EUR …": a currency typed as its own word belongs to the amount.
        int amountWords = parsed.words().size() > 1 && parsed.words().get(1).matches("[A-Za-z]{3}|[€$£¥]") ? 2 : 1;
        String typed = String.join(" ", parsed.words().subList(0, amountWords));
        Money amount = amount(typed, "Start with it, e.g. /refund #12 49.90 days=3 duplicate charge");
        String reason = parsed.rest(amountWords);
        if (reason.isBlank()) throw new CommandException("Say why, e.g. /refund #12 " + typed + " days=3 duplicate charge");
        return decide(ticket, amount, daysSincePurchase(parsed.values(), at), reason, null, agent, at).actions();
    }

    /** The same policy for a reply that grants or promises money (a refund macro, /reply): see {@link MoneyGuard}. */
    MoneyGuard.Decision check(Ticket ticket, String amountTyped, Integer days, String reason, String heldText, UserRef agent, Instant at) {
        Money amount = amountTyped == null || amountTyped.isBlank() ? null
                : amount(amountTyped, "Write it like 49.90, 1,200.50, €1.200,50 or 480 EUR");
        return decide(ticket, amount, days, reason, heldText, agent, at);
    }

    private Money amount(String typed, String hint) {
        Money amount;
        try {
            amount = Money.parse(typed, desk.policy().refunds().maxAmount().currency());
        } catch (Money.Unreadable e) {
            throw new CommandException("The amount is not clear: " + e.getMessage() + ". " + hint + ". Nothing was sent.");
        }
        if (amount.isZero()) throw new CommandException("A refund of 0 is no refund; give the amount, e.g. 49.90. Nothing was sent.");
        return amount;
    }

    /**
     * @param amount   null when the text names none (then it cannot be inside the policy)
     * @param heldText the reply held until the decision, or null for /refund (which sends nothing itself)
     */
    private MoneyGuard.Decision decide(Ticket ticket, Money amount, Integer days, String reason, String heldText, UserRef agent, Instant at) {
        EscalationPolicy.RefundLimits limits = desk.policy().refunds();
        List<String> outside = new ArrayList<>();
        if (amount == null) {
            outside.add("the reply promises money without naming the amount");
        } else if (!amount.sameCurrency(limits.maxAmount())) {
            outside.add("it is in " + amount.currency() + " and the policy is in " + limits.maxAmount().currency());
        } else if (amount.compareTo(limits.maxAmount()) > 0) {
            outside.add(amount + " is above the " + limits.maxAmount() + " limit");
        }
        if (days == null) outside.add("the purchase date is unknown (add days=N or purchased=YYYY-MM-DD)");
        else if (days > limits.maxDays()) outside.add("the purchase was " + days + " days ago, over the " + limits.maxDays() + "-day window");
        int earlier = desk.store().refundsSince(ticket.customer().id(), at.minus(limits.period()));
        if (earlier >= limits.maxPerCustomer()) {
            outside.add(ticket.customer().name() + " already had " + earlier + " refund(s) in the last " + limits.period().toDays() + " days");
        }
        boolean guarded = team.isGuarded(agent.id(), LocalDate.ofInstant(at, desk.policy().zone()));
        if (guarded) outside.add("you are in guarded mode, where every refund needs approval");

        String money = amount == null ? "an unnamed amount" : amount.toString();
        if (outside.isEmpty()) {
            long id = desk.store().addRefund(ticket.id(), ticket.customer().id(), amount, reason, agent.id(), at, "GRANTED");
            desk.store().audit(agent.id(), "refund.granted", "refund " + id + " on " + ticket.ref(), money + ": " + reason, at);
            return new MoneyGuard.Decision(false, List.of(new Action.StaffNote(ticket.place(), "Refund " + id + " of " + money + " on " + ticket.ref()
                    + " is within policy and logged. Process it in the billing system" + (heldText == null ? ", then tell the customer." : "."))));
        }
        String why = String.join("; ", outside);
        Optional<Escalation> open = amount == null ? Optional.empty() : desk.store().pendingRefundCard(ticket.id(), amount);
        if (open.isPresent()) return repeated(ticket, open.get(), money, reason, heldText, agent, at);

        long id = desk.store().addRefund(ticket.id(), ticket.customer().id(), amount == null ? new Money(0, null) : amount, reason, agent.id(), at,
                "PENDING_APPROVAL");
        if (heldText != null) desk.store().holdText(id, heldText);
        desk.store().audit(agent.id(), "refund.requested", "refund " + id + " on " + ticket.ref(), money + ": " + reason
                + " (outside policy: " + why + ")" + (heldText == null ? "" : "; reply held"), at);
        Map<String, String> draft = desk.draft(ticket, "refund", Map.of(
                "asked", "Refund of " + money + " — " + reason + ". Outside policy: " + why + "."
                        + (heldText == null ? "" : " The agent's reply is held and goes to the customer if you approve option 1."),
                "next1", "Approve the refund of " + money,
                "next2", "Decline and offer account credit instead"));
        List<Action> actions = new ArrayList<>(desk.submit(ticket, draft, agent, at, id));
        actions.add(new Action.PrivateReply(agent.id(), ticket.place(), (heldText == null ? "This refund needs approval: "
                : "Your reply was NOT sent: it promises a refund that needs approval: ") + why + ". "
                + (heldText == null ? "Do not promise it to the customer; tell them it is being reviewed. "
                : "It is held on the card and goes to the customer only if an owner approves. Tell the customer it is being reviewed. ")
                + "The card is " + desk.whereItWent(desk.store().pendingRefundCard(ticket.id(), amount == null ? new Money(0, null) : amount)
                .orElseThrow()) + "."));
        return new MoneyGuard.Decision(true, actions);
    }

    /** The same ticket and amount asked again: the card it already has is updated; never a second card. */
    private MoneyGuard.Decision repeated(Ticket ticket, Escalation card, String money, String reason, String heldText, UserRef agent, Instant at) {
        if (heldText != null) desk.store().holdText(card.refundId(), heldText);
        desk.store().audit(agent.id(), "refund.repeated", "refund " + card.refundId() + " on " + ticket.ref(), money + ": " + reason, at);
        List<Action> actions = new ArrayList<>(desk.cardUpdates(card, ticket));
        actions.add(new Action.PrivateReply(agent.id(), ticket.place(), "The refund of " + money + " on " + ticket.ref()
                        + " already waits for approval on card " + card.cardId() + "; the card is updated, no second one was opened."
                        + (heldText == null ? "" : " Your reply was NOT sent; the latest version is held on the card.")));
        return new MoneyGuard.Decision(true, actions);
    }

    private static Integer daysSincePurchase(Map<String, String> values, Instant at) {
        try {
            if (values.containsKey("days")) return Integer.parseInt(values.get("days").trim());
            if (values.containsKey("purchased")) {
                LocalDate bought = LocalDate.parse(values.get("purchased").trim());
                return (int) Duration.between(bought.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), at).toDays();
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CommandException("days=N takes a number and purchased= a date like 2026-11-20.");
        }
        return null;
    }
}
