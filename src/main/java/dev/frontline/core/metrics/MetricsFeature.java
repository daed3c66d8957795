package dev.frontline.core.metrics;

import dev.frontline.core.ClickHandler;
import dev.frontline.core.Feature;
import dev.frontline.core.FormHandler;
import dev.frontline.core.TicketObserver;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.port.DeliveryBacklog;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * CSAT ("Was this helpful?" when a ticket is resolved, answered only by its customer, stored once
 * per resolution, with an optional comment) and {@code /stats [today|week|agent]}.
 */
public final class MetricsFeature implements Feature {
    /** Button ids {@code csat:<ticketId>:<resolvedAtMillis>:yes|no}; form ids {@code csat:comment:<ticketId>:<resolvedAtMillis>}. */
    static final String NAMESPACE = "csat";

    private final CsatStore csat;
    private final TicketStore tickets;
    private final MetricsCalculator calculator;
    private final Team team;
    private final ZoneId zone;

    private DeliveryBacklog backlog = DeliveryBacklog.none();

    /** Shows in {@code /stats} what waits to be handled or delivered, when anything does. */
    public MetricsFeature withBacklog(DeliveryBacklog backlog) {
        this.backlog = backlog;
        return this;
    }

    public MetricsFeature(CsatStore csat, TicketStore tickets, MetricsCalculator calculator, Team team, ZoneId zone) {
        this.csat = csat;
        this.tickets = tickets;
        this.calculator = calculator;
        this.team = team;
        this.zone = zone;
    }

    @Override
    public List<TicketObserver> ticketObservers() {
        return List.of((before, after, events) -> {
            boolean resolvedNow = after.status() == TicketStatus.RESOLVED && (before == null || before.status() != TicketStatus.RESOLVED);
            if (!resolvedNow || after.resolvedAt() == null) return List.of();
            String id = NAMESPACE + ":" + after.id() + ":" + after.resolvedAt().toEpochMilli() + ":";
            return List.of(new Action.Reply(after.place(), "Was this helpful, " + after.customer().name() + "?",
                    List.of(Button.primary(id + "yes", "Yes, thanks"), Button.of(id + "no", "Not really"))));
        });
    }

    @Override
    public Map<String, ClickHandler> clickHandlers() {
        return Map.of(NAMESPACE, this::onClick);
    }

    @Override
    public Map<String, FormHandler> formHandlers() {
        return Map.of(NAMESPACE, this::onComment);
    }

    @Override
    public List<Command> commands() {
        return List.of(new Command("stats", "[today|week|agent [name]]",
                "first response time, resolution time, CSAT and clean closes", Role.AGENT, this::stats));
    }

    private List<Action> onClick(Inbound.Click click, Role role) {
        String[] p = click.actionId().split(":");
        if (p.length != 4 || !p[1].matches("\\d+") || !p[2].matches("\\d+")) return privately(click.user().id(), click, "That button is no longer valid.");
        Ticket ticket = tickets.find(Long.parseLong(p[1])).orElse(null);
        if (ticket == null) return privately(click.user().id(), click, "That ticket no longer exists.");
        if (!ticket.customer().id().equals(click.user().id())) {
            return privately(click.user().id(), click, "Only the customer who opened " + ticket.ref() + " can rate it.");
        }
        Instant resolvedAt = Instant.ofEpochMilli(Long.parseLong(p[2]));
        boolean helpful = p[3].equals("yes");
        if (!csat.answer(ticket.id(), resolvedAt, click.user().id(), helpful, click.at())) {
            return privately(click.user().id(), click, "Thanks, we already have your answer.");
        }
        return List.of(new Action.OpenForm(click.user().id(), click.place(), new Form(NAMESPACE + ":comment:" + ticket.id() + ":" + p[2],
                        "Thanks for your feedback!", List.of(new Form.Input("comment", "Anything you'd like to add? (optional)", null, true, false)), "Send")),
                new Action.StaffNote(ticket.place(), "CSAT for " + ticket.ref() + ": " + (helpful ? "helpful 👍" : "not helpful 👎")));
    }

    private List<Action> onComment(Inbound.FormSubmit form, Role role) {
        String[] p = form.formId().split(":");
        if (p.length != 4 || !p[2].matches("\\d+") || !p[3].matches("\\d+")) throw new CommandException("That form is no longer valid.");
        Ticket ticket = tickets.find(Long.parseLong(p[2])).orElseThrow(() -> new CommandException("That ticket no longer exists."));
        if (!ticket.customer().id().equals(form.user().id())) return List.of();
        String comment = form.values().getOrDefault("comment", "").trim();
        if (comment.isEmpty()) return List.of();
        csat.comment(ticket.id(), Instant.ofEpochMilli(Long.parseLong(p[3])), comment);
        return List.of(new Action.StaffNote(ticket.place(), "CSAT comment on " + ticket.ref() + ": " + comment));
    }

    private List<Action> stats(CommandContext ctx) {
        String[] args = ctx.args().isBlank() ? new String[]{"today"} : ctx.args().trim().split("\\s+", 2);
        LocalDate today = LocalDate.ofInstant(ctx.at(), zone);
        Instant from;
        String agent = null;
        String label;
        switch (args[0].toLowerCase()) {
            case "today" -> {
                from = today.atStartOfDay(zone).toInstant();
                label = "Today";
            }
            case "week" -> {
                from = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
                label = "This week";
            }
            case "agent" -> {
                agent = args.length > 1 ? args[1].replaceFirst("^@", "") : ctx.user().id();
                from = today.minusDays(6).atStartOfDay(zone).toInstant();
                label = "Last 7 days for " + team.nameOf(agent, agent);
            }
            default -> throw new CommandException("Usage: /stats [today|week|agent [name]]");
        }
        Metrics m = calculator.between(from, ctx.at().plusMillis(1), agent);
        return ctx.privately(label + ": " + m.opened() + " opened, " + m.closed() + " resolved.\n• First response: "
                + Metrics.duration(m.firstResponse()) + " (median, within coverage)\n• Resolution or escalation: "
                + Metrics.duration(m.resolution()) + " (median)\n• CSAT: " + m.csat() + "\n• Clean closes: " + m.cleanCloseRate()
                + backlogLine(ctx.place().platform(), ctx.at()));
    }

    private String backlogLine(String platform, Instant now) {
        DeliveryBacklog.Summary s = backlog.of(platform, now);
        if (s.isEmpty()) return "";
        String age = s.oldest() == null ? "" : ", oldest " + Metrics.duration(java.time.Duration.between(s.oldest(), now).abs());
        return "\n• Waiting to be sent: " + s.waiting() + " message(s)" + (s.retrying() > 0 ? " (" + s.retrying() + " being retried" + age + ")" : "")
                + (s.unhandled() > 0 ? "; " + s.unhandled() + " event(s) not yet handled" : "")
                + (s.failed() > 0 ? "; " + s.failed() + " given up in the last 24 h (see the log)" : "");
    }

    private static List<Action> privately(String userId, Inbound.Click click, String text) {
        return List.of(new Action.PrivateReply(userId, click.place(), text));
    }
}
