package dev.frontline.core.ticket;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.UserRef;

import java.time.Instant;
import java.util.List;

/**
 * The one refund policy, asked before any text that grants or promises money goes to a customer
 * (a refund macro, {@code /reply}, {@code /refund}). Inside the policy the refund is logged and the
 * text goes out; outside it, or from a guarded agent, the text is held, an approval card is raised
 * and the agent is told.
 */
@FunctionalInterface
public interface MoneyGuard {

    /**
     * @param amountTyped the amount as the agent typed it, or null when the text names none
     * @param days        days since the purchase, or null when unknown
     * @param heldText    the reply that waits for the decision (sent to the customer if approved)
     */
    Decision check(Ticket ticket, String amountTyped, Integer days, String reason, String heldText, UserRef agent, Instant at);

    /** @param hold true: do not send the text; {@code actions}: what to show (card, notes) either way */
    record Decision(boolean hold, List<Action> actions) {
        public static Decision send() {
            return new Decision(false, List.of());
        }
    }

    /** No policy wired (unit tests of other features): the text goes out. */
    static MoneyGuard none() {
        return (ticket, amount, days, reason, text, agent, at) -> Decision.send();
    }
}
