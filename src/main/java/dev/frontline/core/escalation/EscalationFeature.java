package dev.frontline.core.escalation;

import dev.frontline.core.ClickHandler;
import dev.frontline.core.Feature;
import dev.frontline.core.FormHandler;
import dev.frontline.core.TicketListener;
import dev.frontline.core.command.Args;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketLocator;
import dev.frontline.core.ticket.TicketService;

import java.util.List;
import java.util.Map;

/**
 * Escalations: flags on customer messages, {@code /escalate} with a pre-filled card, decisions with
 * buttons, {@code /refund} inside the policy or with approval, and the routines (stuck tickets,
 * guarded agents' digest). Reminders of undecided cards are the notification feature's (core.notify).
 */
public final class EscalationFeature implements Feature {
    private final EscalationDesk desk;
    private final RefundDesk refunds;
    private final FlagListener flags;
    private final TicketService tickets;
    private final TicketLocator locator;
    private final Team team;
    private final OnceGuard once;
    private final PhrasebookLearning learning;

    public EscalationFeature(EscalationDesk desk, Detector detector, TicketService tickets, Team team, OnceGuard once) {
        this(desk, detector, tickets, team, once, PhrasebookProposals.none());
    }

    /** @param proposals where manual escalations of unflagged messages and "Not an escalation" clicks go for review */
    public EscalationFeature(EscalationDesk desk, Detector detector, TicketService tickets, Team team, OnceGuard once,
                             PhrasebookProposals proposals) {
        this.desk = desk;
        this.refunds = new RefundDesk(desk, team);
        this.learning = new PhrasebookLearning(desk.policy(), tickets.store(), proposals);
        this.flags = new FlagListener(detector, tickets, learning, desk::tally);
        this.tickets = tickets;
        this.locator = new TicketLocator(tickets.store());
        this.team = team;
        this.once = once;
    }

    /** The refund policy for every other path that sends money words to a customer (macros, /reply). */
    public dev.frontline.core.ticket.MoneyGuard moneyGuard() {
        return refunds::check;
    }

    @Override
    public List<TicketListener> ticketListeners() {
        return List.of(flags);
    }

    @Override
    public List<Command> commands() {
        return List.of(
                new Command("escalate", "[#ticket] [category] [asked=… tried=… next1=… next2=…]",
                        "send a ticket up: a pre-filled card for the owners (or the routed tier) to decide", Role.AGENT, this::escalate),
                new Command("refund", "[#ticket] <amount> [days=N] <reason>",
                        "refund inside the policy, or ask for approval outside it", Role.AGENT, this::refund));
    }

    @Override
    public Map<String, ClickHandler> clickHandlers() {
        return Map.of(EscalationCards.NAMESPACE, (click, role) -> desk.click(click),
                PhrasebookLearning.NAMESPACE, learning::onNotAnEscalation);
    }

    @Override
    public Map<String, FormHandler> formHandlers() {
        return Map.of(EscalationCards.NAMESPACE, this::onForm, REFUND_FORM, this::onRefundForm);
    }

    /** Form ids {@code refund:<ticketId>}: the refund modal, for /refund without arguments. */
    static final String REFUND_FORM = "refund";

    @Override
    public List<Routine> routines() {
        return List.of(EscalationRoutines.stuck(desk.policy(), tickets.live(), flags, once, team),
                EscalationRoutines.guardedDigest(desk.policy(), desk.store(), team));
    }

    private List<Action> escalate(CommandContext ctx) {
        TicketLocator.Located located = locator.locate(ctx);
        Ticket ticket = located.ticket();
        if (ticket.status() == TicketStatus.ESCALATED) throw new CommandException(ticket.ref() + " is already escalated; see its card.");
        if (ticket.status() == TicketStatus.RESOLVED) throw new CommandException(ticket.ref() + " is resolved; /reopen it first.");
        Args args = Args.parse(located.rest());
        String category = args.words().isEmpty() ? null : args.words().get(0);
        Map<String, String> draft = desk.draft(ticket, category, args.values());
        return List.of(new Action.OpenForm(ctx.user().id(), ctx.place(), desk.form(ticket, draft)));
    }

    private List<Action> refund(CommandContext ctx) {
        TicketLocator.Located located = locator.locate(ctx);
        if (located.rest().isBlank()) {
            return List.of(new Action.OpenForm(ctx.user().id(), ctx.place(), new dev.frontline.core.model.Form(
                    REFUND_FORM + ":" + located.ticket().id(), "Refund on " + located.ticket().ref(), List.of(
                    new dev.frontline.core.model.Form.Input("amount", "Amount", null, false, true),
                    new dev.frontline.core.model.Form.Input("days", "Days since the purchase", null, false, true),
                    new dev.frontline.core.model.Form.Input("reason", "Reason", null, true, true)), "Request refund")));
        }
        return refunds.refund(located.ticket(), located.rest(), ctx.user(), ctx.at());
    }

    private List<Action> onRefundForm(Inbound.FormSubmit form, Role role) {
        if (!EscalationDesk.isStaff(role)) {
            return List.of(new Action.PrivateReply(form.user().id(), form.place(), "Only staff can request refunds."));
        }
        String id = form.formId().substring(REFUND_FORM.length() + 1);
        if (!id.matches("\\d+")) throw new CommandException("That form is no longer valid.");
        Ticket ticket = tickets.store().find(Long.parseLong(id)).orElseThrow(() -> new CommandException("Ticket #" + id + " no longer exists."));
        Map<String, String> v = form.values();
        String days = v.getOrDefault("days", "").trim();
        String args = v.getOrDefault("amount", "").trim() + (days.isEmpty() ? "" : " days=" + days) + " " + v.getOrDefault("reason", "").trim();
        return refunds.refund(ticket, args, form.user(), form.at());
    }

    private List<Action> onForm(Inbound.FormSubmit form, Role role) {
        if (form.formId().startsWith(EscalationDesk.DENY_FORM)) return desk.deny(form);
        if (!EscalationDesk.isStaff(role)) {
            return List.of(new Action.PrivateReply(form.user().id(), form.place(), "Only staff can escalate tickets."));
        }
        String id = form.formId().substring(EscalationDesk.NEW_FORM.length());
        if (!id.matches("\\d+")) throw new CommandException("That form is no longer valid.");
        Ticket ticket = tickets.store().find(Long.parseLong(id)).orElseThrow(() -> new CommandException("Ticket #" + id + " no longer exists."));
        if (ticket.status() == TicketStatus.ESCALATED) throw new CommandException(ticket.ref() + " is already escalated.");
        List<Action> sent = new java.util.ArrayList<>(desk.submit(ticket, form.values(), form.user(), form.at(), null));
        sent.addAll(learning.afterManualEscalation(ticket, form.values().get("category").trim(), form.user().id(), form.at()));
        return sent;
    }
}
