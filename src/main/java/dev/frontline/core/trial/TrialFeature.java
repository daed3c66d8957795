package dev.frontline.core.trial;

import dev.frontline.core.Feature;
import dev.frontline.core.TicketObserver;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /trial start @candidate | list | show N | next | stop N}: paid trials that score a
 * candidate agent on sample tickets before hiring.
 */
public final class TrialFeature implements Feature {
    /** Slack sends {@code <@U123|dana>}, Discord {@code <@123>}, the console a plain name. */
    private static final Pattern MENTION = Pattern.compile("^<@!?([\\w.-]+)(?:\\|([^>]+))?>\\s*(.*)$");

    private final String platform;
    private final TrialRunner runner;
    private final TicketStore tickets;
    private final Team team;
    private final TrialSandbox sandbox;

    public TrialFeature(String platform, TrialRunner runner, TicketStore tickets, Team team) {
        this(platform, runner, tickets, team, new dev.frontline.core.model.Channels(platform,
                runner.setup().channel() == null ? java.util.Set.of() : java.util.Set.of(runner.setup().channel()),
                runner.setup().ownerChannel(), null, null, runner.setup().channel()));
    }

    /** @param channels the desk's channels, with the trial's ({@link dev.frontline.core.model.Channels#withTrialChannel}) */
    public TrialFeature(String platform, TrialRunner runner, TicketStore tickets, Team team, dev.frontline.core.model.Channels channels) {
        this.platform = platform;
        this.runner = runner;
        this.tickets = tickets;
        this.team = team;
        this.sandbox = new TrialSandbox(team, tickets, channels);
    }

    @Override
    public List<dev.frontline.core.InboundGate> gates() {
        return List.of(sandbox);
    }

    @Override
    public List<Command> commands() {
        return List.of(new Command("trial", "start @candidate [name] | list | show N | next | stop N",
                "paid trial: score a candidate agent on sample tickets (owners and leads; `next` for the candidate)",
                Role.AGENT, this::trial));
    }

    @Override
    public List<TicketObserver> ticketObservers() {
        return List.of(new TrialProgress(runner));
    }

    private List<Action> trial(CommandContext ctx) {
        String[] parts = ctx.args().split("\\s+", 2);
        String sub = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].trim() : "";
        if (sub.equals("next")) return next(ctx);
        if (!ctx.role().atLeast(Role.LEAD)) throw new CommandException("Only owners and leads run trials.");
        return switch (sub) {
            case "start" -> start(ctx, rest);
            case "list" -> list(ctx);
            case "show" -> show(ctx, rest);
            case "stop" -> stop(ctx, rest);
            default -> throw new CommandException("Usage: /trial start @candidate [name] | list | show N | next | stop N");
        };
    }

    private List<Action> start(CommandContext ctx, String rest) {
        if (runner.setup().channel() == null) {
            throw new CommandException("No trial channel is configured for " + platform + " (bot-config/trial/rubric.yaml, channels).");
        }
        UserRef candidate = candidate(rest);
        if (team.person(candidate.id()).isPresent()) {
            throw new CommandException(candidate.id() + " is already on the team; a trial is for candidates.");
        }
        boolean busy = runner.trials().running().stream().anyMatch(t -> t.candidateId().equals(candidate.id()));
        if (busy) throw new CommandException(candidate.name() + " already has a trial running (/trial list).");
        List<Action> actions = new ArrayList<>(runner.start(platform, candidate, ctx.user().id(), ctx.at()));
        actions.add(new Action.PrivateReply(ctx.user().id(), ctx.place(), "Trial started for " + candidate.name()
                + " in #" + runner.setup().channel() + ". While it runs they can use the agent tools (refunds always need approval)."));
        return actions;
    }

    static UserRef candidate(String text) {
        if (text.isBlank()) throw new CommandException("Name the candidate: /trial start @candidate [display name]");
        Matcher m = MENTION.matcher(text);
        if (m.matches()) {
            String name = !m.group(3).isBlank() ? m.group(3).trim() : m.group(2) != null ? m.group(2) : m.group(1);
            return new UserRef(m.group(1), name);
        }
        String[] parts = text.split("\\s+", 2);
        String id = parts[0].replaceFirst("^@", "");
        return new UserRef(id, parts.length > 1 ? parts[1].trim() : id);
    }

    private List<Action> next(CommandContext ctx) {
        Trial trial = runner.trials().running().stream()
                .filter(t -> t.candidateId().equals(ctx.user().id()) || ctx.role().atLeast(Role.LEAD))
                .findFirst().orElseThrow(() -> new CommandException("No trial is running for you."));
        TrialTicket current = runner.trials().tickets(trial.id()).stream()
                .filter(t -> t.doneAt() == null).findFirst()
                .orElseThrow(() -> new CommandException("Trial #" + trial.id() + " has no open sample ticket."));
        return runner.done(trial, current, ctx.at());
    }

    private List<Action> list(CommandContext ctx) {
        List<Trial> all = runner.trials().list(30);
        if (all.isEmpty()) return ctx.privately("No trials yet. Start one with /trial start @candidate");
        StringBuilder b = new StringBuilder("Trials (newest first):");
        for (Trial t : all) {
            b.append("\n#").append(t.id()).append(" ").append(t.candidateName()).append(" — ").append(t.status().name().toLowerCase())
                    .append(", started ").append(t.startedAt());
            if (t.scorecard() != null) b.append(", ").append(t.scorecard().lines().findFirst().orElse(""));
        }
        return ctx.privately(b.toString());
    }

    private List<Action> show(CommandContext ctx, String rest) {
        Trial trial = find(rest);
        String card = trial.scorecard() != null ? trial.scorecard()
                : "Still running (" + trial.currentIndex() + " of " + runner.setup().samples().size() + " done); score so far:\n"
                + runner.score(trial).render();
        return ctx.privately(card + "\n\n" + TrialTranscript.of(trial, runner.trials().tickets(trial.id()), tickets, team));
    }

    private List<Action> stop(CommandContext ctx, String rest) {
        Trial trial = find(rest);
        if (trial.status() != Trial.Status.RUNNING) throw new CommandException("Trial #" + trial.id() + " is not running.");
        List<Action> actions = new ArrayList<>(runner.finish(trial, ctx.at()));
        actions.add(new Action.PrivateReply(ctx.user().id(), ctx.place(), "Trial #" + trial.id() + " stopped and scored as it stands."));
        return actions;
    }

    private Trial find(String rest) {
        String n = rest.replaceFirst("^#", "").trim();
        if (!n.matches("\\d+")) throw new CommandException("Which trial? e.g. /trial show 3 (see /trial list)");
        return runner.trials().find(Long.parseLong(n)).orElseThrow(() -> new CommandException("There is no trial #" + n + "."));
    }
}
