package dev.frontline.core.shift;

import dev.frontline.core.Feature;
import dev.frontline.core.TicketListener;
import dev.frontline.core.answers.AnswerStore;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.escalation.EscalationStore;
import dev.frontline.core.metrics.MetricsCalculator;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Role;
import dev.frontline.core.port.ChartMaker;
import dev.frontline.core.port.Embedder;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketService;

import java.util.ArrayList;
import java.util.List;

/**
 * The daily rhythm: "we're back at …" outside coverage, the SLA watch, start-of-shift priorities
 * ({@code /priorities}), end-of-shift summaries ({@code /shiftnote} adds to it), the weekly review
 * with its chart, and follow-ups.
 */
public final class ShiftFeature implements Feature {
    private final ShiftSetup setup;
    private final ShiftStore store;
    private final List<Routine> routines = new ArrayList<>();
    private final WeeklyReview weekly;

    /** Adds another feature's bullets to the weekly review. */
    public ShiftFeature withWeeklyLines(WeeklyLines lines) {
        weekly.add(lines);
        return this;
    }

    public ShiftFeature(ShiftSetup setup, ShiftStore store, TicketService tickets, Team team, OnceGuard once, EscalationStore escalations,
                        AnswerStore answers, MetricsCalculator metrics, Embedder embedder, ChartMaker charts) {
        this(setup, store, tickets, team, once, escalations, answers, metrics, embedder, charts, dev.frontline.core.port.Tally.NONE);
    }

    /** @param tally counts SLA breaches for the operator's metrics */
    public ShiftFeature(ShiftSetup setup, ShiftStore store, TicketService tickets, Team team, OnceGuard once, EscalationStore escalations,
                        AnswerStore answers, MetricsCalculator metrics, Embedder embedder, ChartMaker charts,
                        dev.frontline.core.port.Tally tally) {
        this.setup = setup;
        this.store = store;
        ShiftReports reports = new ShiftReports(tickets.live(), escalations, answers, metrics, setup.sla(), embedder);
        routines.addAll(RhythmRoutines.shiftPosts(setup, reports, store));
        weekly = new WeeklyReview(tickets.live(), answers, metrics, embedder, charts, setup.zone());
        routines.add(RhythmRoutines.weekly(setup, weekly, store));
        routines.add(RhythmRoutines.sla(setup, tickets.live(), store, once, tally));
        routines.add(RhythmRoutines.followUps(setup, tickets, team, once));
    }

    @Override
    public List<Routine> routines() {
        return routines;
    }

    @Override
    public List<TicketListener> ticketListeners() {
        return List.of(message -> {
            if (!message.opened() || setup.coverage().isCovered(message.message().at())) return List.of();
            String text = setup.outsideMessage().replace("{back}", RhythmRoutines.backAt(setup, message.message().at()));
            return List.<Action>of(new Action.Reply(message.ticket().place(), text));
        });
    }

    @Override
    public List<Command> commands() {
        return List.of(
                new Command("priorities", "<your top 3 for this shift>", "answer the start-of-shift prompt (stored with the shift)",
                        Role.AGENT, ctx -> note(ctx, "priorities", "Priorities for ")),
                new Command("shiftnote", "<note>", "add a note to this shift's end-of-shift summary", Role.AGENT,
                        ctx -> note(ctx, "note", "Added to the end-of-shift summary of ")));
    }

    private List<Action> note(CommandContext ctx, String kind, String confirmation) {
        if (ctx.args().isBlank()) throw new CommandException("Write it after the command, e.g. /" + ctx.command().name() + " clear the refund backlog");
        String key = ShiftSchedules.currentShiftKey(setup.coverage(), ctx.at());
        store.addNote(key, kind, ctx.user().id(), ctx.args(), ctx.at());
        return ctx.privately(confirmation + key + ": " + ctx.args());
    }
}
