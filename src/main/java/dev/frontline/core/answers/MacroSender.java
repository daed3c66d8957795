package dev.frontline.core.answers;

import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Macro;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends a macro on a ticket: asks for the agent's inputs when the template needs them (a form),
 * renders, posts the public reply, records it as a macro reply, and proposes the customer's message
 * as a new example for the macro (learning from use, reviewed by an owner).
 */
public final class MacroSender {
    /** Form ids: {@code macro:<ticketId>:<macroId>}. */
    public static final String FORM_NAMESPACE = "macro";
    static final String REPLY_FIELD = "reply";

    private final AnswerBank bank;
    private final MacroRenderer renderer;
    private final TicketService tickets;
    private final Team team;
    private dev.frontline.core.ticket.MoneyGuard guard = dev.frontline.core.ticket.MoneyGuard.none();
    /** The optional form field of a money macro: days since the purchase, for the refund policy. */
    static final String DAYS_FIELD = "days";

    /** Every send that grants or promises money goes through the refund policy first. */
    public MacroSender guardedBy(dev.frontline.core.ticket.MoneyGuard guard) {
        this.guard = guard;
        return this;
    }

    public MacroSender(AnswerBank bank, MacroRenderer renderer, TicketService tickets, Team team) {
        this.bank = bank;
        this.renderer = renderer;
        this.tickets = tickets;
        this.team = team;
    }

    public Macro macro(String id) {
        return bank.macro(id).orElseThrow(() -> new CommandException("There is no macro '" + id + "'. Search with /macro <words>."));
    }

    /** Sends at once when nothing is missing; otherwise opens the form to fill and edit the reply. */
    public List<Action> sendOrAsk(Ticket ticket, String macroId, UserRef agent, Place where, Map<String, String> inputs, Instant at) {
        Macro macro = macro(macroId);
        List<String> missing = new ArrayList<>();
        for (String name : MacroRenderer.inputsOf(macro)) if (inputs.getOrDefault(name, "").isBlank()) missing.add(name);
        if (missing.isEmpty()) return send(ticket, macro, macro.template(), agent, inputs, at);
        return List.of(new Action.OpenForm(agent.id(), where, form(ticket, macro, inputs)));
    }

    /** The form to fill the macro's inputs and edit its text before sending. */
    public Form form(Ticket ticket, Macro macro, Map<String, String> inputs) {
        List<Form.Input> fields = new ArrayList<>();
        for (String name : MacroRenderer.inputsOf(macro)) {
            fields.add(new Form.Input(name, name.replace('_', ' '), inputs.get(name), false, true));
        }
        if (macro.movesMoney()) {
            fields.add(new Form.Input(DAYS_FIELD, "Days since the purchase (refund policy)", inputs.get(DAYS_FIELD), false, false));
        }
        fields.add(new Form.Input(REPLY_FIELD, "Reply (edit if needed)", macro.template(), true, true));
        return new Form(FORM_NAMESPACE + ":" + ticket.id() + ":" + macro.id(), "Send '" + macro.title() + "' on " + ticket.ref(),
                fields, "Send");
    }

    /** Renders {@code template} and sends it as the agent's reply on the ticket. */
    public List<Action> send(Ticket ticket, Macro macro, String template, UserRef agent, Map<String, String> inputs, Instant at) {
        String text = renderer.render(template, ticket.customer().name(), team.nameOf(agent.id(), agent.name()), ticket.id(), inputs);
        List<Action> actions = new ArrayList<>();
        java.util.Optional<dev.frontline.core.ticket.RefundPromise.Found> promise = dev.frontline.core.ticket.RefundPromise.in(text);
        if (macro.movesMoney() || promise.isPresent()) {
            String amount = inputs.getOrDefault("amount", "").isBlank() ? promise.map(dev.frontline.core.ticket.RefundPromise.Found::amount).orElse(null)
                    : inputs.get("amount");
            dev.frontline.core.ticket.MoneyGuard.Decision decision = guard.check(ticket, amount, days(inputs), "sent with macro '" + macro.id() + "'",
                    text, agent, at);
            if (decision.hold()) return decision.actions();
            actions.addAll(decision.actions());
        }
        actions.add(new Action.Reply(ticket.place(), text));
        actions.addAll(tickets.recordStaffReply(ticket, agent, text, macro.id(), at).actions());
        lastCustomerMessage(ticket).ifPresent(message -> {
            if (bank.store().propose(macro.id(), message, ticket.id(), agent.id(), at)) {
                actions.add(new Action.StaffNote(ticket.place(), "Sent '" + macro.title() + "'. The customer's message is now a pending "
                        + "example for it; an owner can accept it with /examples."));
            }
        });
        return actions;
    }

    private static Integer days(Map<String, String> inputs) {
        String days = inputs.getOrDefault(DAYS_FIELD, "").trim();
        if (days.isEmpty()) return null;
        if (!days.matches("\\d{1,5}")) throw new CommandException("days takes a whole number of days since the purchase, e.g. 3. Nothing was sent.");
        return Integer.parseInt(days);
    }

    private java.util.Optional<String> lastCustomerMessage(Ticket ticket) {
        List<TicketEvent> history = tickets.store().history(ticket.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            TicketEvent e = history.get(i);
            if (e.type() == EventType.CUSTOMER_MESSAGE && e.text() != null && !e.text().isBlank()) return java.util.Optional.of(e.text());
        }
        return java.util.Optional.empty();
    }
}
