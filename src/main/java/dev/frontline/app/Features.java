package dev.frontline.app;

import dev.frontline.chart.JFreeChartMaker;
import dev.frontline.core.Bot;
import dev.frontline.core.Desk;
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
import dev.frontline.core.model.Channels;
import dev.frontline.core.notify.NotificationFeature;
import dev.frontline.core.notify.PendingQueue;
import dev.frontline.core.notify.ReminderClock;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.shift.ShiftFeature;
import dev.frontline.core.shift.ShiftSetup;
import dev.frontline.core.ticket.TicketCommands;
import dev.frontline.core.ticket.TicketService;
import dev.frontline.core.trial.TrialFeature;
import dev.frontline.core.trial.TrialRunner;
import dev.frontline.core.trial.TrialSetup;
import dev.frontline.storage.JdbcBacklog;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcNotifyStore;
import dev.frontline.storage.JdbcShiftStore;
import dev.frontline.storage.JdbcTrialStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: every feature of the bot, wired in one explicit list, once per platform
 * (a desk: that platform's channels, stores scoped to its tickets, its scheduled work), and one
 * {@link Bot} over all desks. To add a capability, construct its Feature here.
 */
final class Features {
    private Features() {}

    /** One bot serving {@code platforms}. */
    static Bot bot(AppContext ctx, List<String> platforms) {
        List<Desk> desks = new ArrayList<>();
        List<TrialRunner> trials = new ArrayList<>();
        for (String platform : platforms) desks.add(desk(ctx, platform, trials));
        Bot bot = new Bot(ctx.team(), desks);
        // The trial's simulated customer writes through the whole bot, like a platform would.
        for (TrialRunner r : trials) r.connect(bot::handle);
        return bot;
    }

    private static Desk desk(AppContext ctx, String platform, List<TrialRunner> trialRunners) {
        Channels channels = ConfigMapping.channels(ctx.config(), platform);
        Optional<TrialSetup> trialSetup = ctx.trial().map(t -> TrialWiring.setup(t, platform, channels));
        Channels withTrial = trialSetup.map(s -> channels.withTrialChannel(s.channel())).orElse(channels);
        TicketService tickets = new TicketService(ctx.tickets(), ctx.team(), withTrial, ConfigMapping.texts(ctx.config()));
        TicketStore own = tickets.store();

        List<Feature> features = new ArrayList<>();
        TicketCommands ticketCommands = new TicketCommands(tickets, ctx.team());
        features.add(ticketCommands);
        MacroSender sender = new MacroSender(ctx.answers(), new MacroRenderer(ctx.library()), tickets, ctx.team());
        dev.frontline.core.port.Tally tally = new dev.frontline.ops.MetricsTally(ctx.metrics(), platform, ctx.database()::afterCommit);
        features.add(new AnswersFeature(ctx.answers(), ctx.library(), sender, own, ctx.onceGuard(),
                EscalationWiring.learner(ctx.phrasebook())).counting(tally).showingAtLeast(NotificationWiring.minConfidence(ctx.config())));
        EscalationPolicy escalation = EscalationWiring.policy(ctx.config(), platform, withTrial);
        JdbcEscalationStore escalations = new JdbcEscalationStore(ctx.database(), platform);
        Detector detector = new Detector(escalation, ctx.answers().embedder(), ctx.phrasebook(), EscalationWiring.hint(ctx.answers()));
        ShiftSetup rhythm = ShiftWiring.setup(ctx.config(), withTrial);
        NotificationFeature notifications = notifications(ctx, platform, escalation, escalations, own, rhythm);
        EscalationFeature escalationFeature = new EscalationFeature(new EscalationDesk(escalation, escalations, tickets, ctx.team()).counting(tally)
                .listing(notifications), detector, tickets, ctx.team(), ctx.onceGuard(), EscalationWiring.proposals(ctx.answers().store()));
        features.add(escalationFeature);
        // One refund policy on every path: /refund, money macros and replies typed through the bot.
        sender.guardedBy(escalationFeature.moneyGuard());
        ticketCommands.guardedBy(escalationFeature.moneyGuard());
        features.add(notifications);
        JdbcShiftStore shifts = new JdbcShiftStore(ctx.database(), platform);
        MetricsCalculator metrics = new MetricsCalculator(tickets.live(), shifts, rhythm.coverage());
        features.add(new MetricsFeature(shifts, tickets.live(), metrics, ctx.team(), rhythm.zone()).withBacklog(new JdbcBacklog(ctx.database())));
        dev.frontline.core.records.RecordsFeature records = new dev.frontline.core.records.RecordsFeature(own, escalations, shifts,
                new dev.frontline.storage.JdbcRecordStore(ctx.database()), ctx.team(), withTrial, ctx.onceGuard(),
                ConfigMapping.retention(ctx.config()), rhythm.zone(), ctx.dashboardLinks());
        features.add(new ShiftFeature(rhythm, shifts, tickets, ctx.team(), ctx.onceGuard(), escalations, ctx.answers().store(), metrics,
                ctx.answers().embedder(), new JFreeChartMaker(), tally).withWeeklyLines(records::weeklyLines));
        features.add(records);
        Optional<TrialRunner> trials = trialSetup.map(s -> new TrialRunner(s, new JdbcTrialStore(ctx.database(), platform),
                own, ctx.team(), TrialWiring.wording(ctx.answers())));
        trials.ifPresent(r -> {
            features.add(new TrialFeature(platform, r, own, ctx.team(), withTrial));
            trialRunners.add(r);
        });
        return new Desk(ctx.team(), tickets, features);
    }

    /** The live Pending decisions message in the owner channel and the reminders that edit it. */
    private static NotificationFeature notifications(AppContext ctx, String platform, EscalationPolicy escalation,
                                                     JdbcEscalationStore escalations, TicketStore own, ShiftSetup rhythm) {
        JdbcNotifyStore store = new JdbcNotifyStore(ctx.database(), platform);
        return new NotificationFeature(escalations, store, new PendingQueue(escalation.ownerPlace(), own, store),
                new ReminderClock(NotificationWiring.policy(ctx.config()), rhythm.coverage()), ctx.team(), escalation.ownerPlace());
    }
}
