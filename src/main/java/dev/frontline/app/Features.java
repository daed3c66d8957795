package dev.frontline.app;

import dev.frontline.core.Bot;
import dev.frontline.core.Feature;
import dev.frontline.core.answers.AnswersFeature;
import dev.frontline.core.answers.MacroRenderer;
import dev.frontline.core.answers.MacroSender;
import dev.frontline.core.escalation.Detector;
import dev.frontline.core.escalation.EscalationDesk;
import dev.frontline.core.escalation.EscalationFeature;
import dev.frontline.core.escalation.EscalationPolicy;
import dev.frontline.core.metrics.MetricsCalculator;
import dev.frontline.core.metrics.MetricsFeature;
import dev.frontline.core.shift.ShiftFeature;
import dev.frontline.core.shift.ShiftSetup;
import dev.frontline.chart.JFreeChartMaker;
import dev.frontline.core.model.Channels;
import dev.frontline.core.ticket.TicketCommands;
import dev.frontline.core.ticket.TicketService;
import dev.frontline.core.trial.TrialFeature;
import dev.frontline.core.trial.TrialRunner;
import dev.frontline.core.trial.TrialSetup;
import dev.frontline.schedule.RoutineRunner;
import dev.frontline.storage.SqliteEscalationStore;
import dev.frontline.storage.SqliteShiftStore;
import dev.frontline.storage.SqliteTrialStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: every feature of the bot, wired in one explicit list. To add a
 * capability, construct its Feature here.
 */
final class Features {
    private Features() {}

    static PlatformBot forPlatform(AppContext ctx, String platform) {
        Channels channels = ConfigMapping.channels(ctx.config(), platform);
        Optional<TrialSetup> trialSetup = ctx.trial().map(t -> TrialWiring.setup(t, platform, channels));
        Channels withTrial = trialSetup.map(s -> TrialWiring.withTrialChannel(channels, s)).orElse(channels);
        TicketService tickets = new TicketService(platform, ctx.tickets(), ctx.team(), withTrial, ConfigMapping.texts(ctx.config()));

        List<Feature> features = new ArrayList<>();
        features.add(new TicketCommands(tickets, ctx.team()));
        MacroSender sender = new MacroSender(ctx.answers(), new MacroRenderer(ctx.library()), tickets, ctx.team());
        features.add(new AnswersFeature(ctx.answers(), ctx.library(), sender, platform, ctx.tickets(),
                EscalationWiring.learner(ctx.phrasebook())));
        EscalationPolicy escalation = EscalationWiring.policy(ctx.config(), platform, withTrial);
        SqliteEscalationStore escalations = new SqliteEscalationStore(ctx.database());
        Detector detector = new Detector(escalation, ctx.answers().embedder(), ctx.phrasebook(), EscalationWiring.hint(ctx.answers()));
        features.add(new EscalationFeature(new EscalationDesk(escalation, escalations, tickets, ctx.team()), detector, tickets,
                ctx.team(), ctx.onceGuard(), EscalationWiring.proposals(ctx.answers().store())));
        ShiftSetup rhythm = ShiftWiring.setup(ctx.config(), withTrial);
        SqliteShiftStore shifts = new SqliteShiftStore(ctx.database());
        MetricsCalculator metrics = new MetricsCalculator(ctx.tickets(), shifts, rhythm.coverage());
        features.add(new MetricsFeature(shifts, ctx.tickets(), metrics, ctx.team(), rhythm.zone()));
        features.add(new ShiftFeature(rhythm, shifts, tickets, ctx.team(), ctx.onceGuard(), escalations, ctx.answers().store(), metrics,
                ctx.answers().embedder(), new JFreeChartMaker()));
        Optional<TrialRunner> trials = trialSetup.map(s -> new TrialRunner(s, new SqliteTrialStore(ctx.database()),
                ctx.tickets(), ctx.team(), TrialWiring.wording()));
        trials.ifPresent(r -> features.add(new TrialFeature(platform, r, ctx.tickets(), ctx.team())));

        Bot bot = new Bot(ctx.team(), tickets, features);
        trials.ifPresent(r -> r.connect(bot::handle));
        return new PlatformBot(platform, bot, new RoutineRunner(bot.routines(), ctx.onceGuard()), withTrial);
    }
}
