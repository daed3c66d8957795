package dev.frontline.app;

import dev.frontline.core.Bot;
import dev.frontline.core.Desk;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.port.ChatPlatform;
import dev.frontline.dispatch.Dispatcher;
import dev.frontline.dispatch.LaneKeys;
import dev.frontline.dispatch.OutboxSender;
import dev.frontline.schedule.RoutineRunner;
import dev.frontline.storage.DatabaseWork;
import dev.frontline.storage.JdbcInbox;
import dev.frontline.storage.JdbcOutbox;
import dev.frontline.storage.JdbcEscalationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One bot for every platform of the process, and the unit of work around it: the dispatcher
 * (inbox, lanes), one outbox sender per connected platform, and each platform's scheduled work.
 * Every action goes to the sender of its own platform; each platform's routines run, and claim
 * their occurrences, under its own name.
 */
final class BotRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);
    private static final Duration KEEP_HANDLED = Duration.ofDays(7);

    private final AppContext ctx;
    private final Bot bot;
    private final Dispatcher dispatcher;
    private final JdbcOutbox outbox;
    private final JdbcInbox inbox;
    private final Map<String, RoutineRunner> routines = new LinkedHashMap<>();
    private final Map<String, OutboxSender> senders = new LinkedHashMap<>();
    private final Clock clock;

    private BotRuntime(AppContext ctx, Bot bot, Clock clock, int workers) {
        this.ctx = ctx;
        this.bot = bot;
        this.clock = clock;
        DatabaseWork work = new DatabaseWork(ctx.database());
        this.inbox = new JdbcInbox(ctx.database());
        this.outbox = new JdbcOutbox(ctx.database());
        JdbcEscalationStore anyEscalation = new JdbcEscalationStore(ctx.database(), null);
        LaneKeys lanes = new LaneKeys(id -> ctx.tickets().find(id).map(t -> t.place()),
                id -> anyEscalation.find(id).map(e -> e.ticketId()));
        this.dispatcher = new Dispatcher(bot, work, inbox, outbox, lanes, clock, workers);
        // The embedding, ranking and model scores of a customer message are computed before its transaction opens.
        dispatcher.warmUpWith(bot::prepare);
        dispatcher.onOutboxChanged(this::wakeSenders);
        // One process owns a SQLite file: what a killed predecessor had claimed is verified and sent now.
        if (ctx.database().dialect() == dev.frontline.storage.Database.Dialect.SQLITE) {
            int released = outbox.releaseClaims();
            if (released > 0) log.info("{} action(s) were being sent when the bot last stopped; checking and sending them", released);
        }
        for (String platform : bot.platforms()) {
            Desk desk = bot.desk(platform).orElseThrow();
            RoutineRunner runner = new RoutineRunner(platform, desk.routines(), ctx.onceGuard(), work, outbox);
            runner.onOutboxChanged(this::wakeSenders);
            routines.put(platform, runner);
        }
    }

    /** The bot for {@code platforms}, with {@code workers} lanes handled at once. */
    static BotRuntime create(AppContext ctx, List<String> platforms, Clock clock, int workers) {
        return new BotRuntime(ctx, Features.bot(ctx, platforms), clock, workers);
    }

    Bot bot() {
        return bot;
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    private volatile dev.frontline.dispatch.DispatchObserver observer = dev.frontline.dispatch.DispatchObserver.NONE;

    /** Metrics for the unit of work: events in, handling times, delivery outcomes. */
    void observeWith(dev.frontline.dispatch.DispatchObserver observer) {
        this.observer = observer;
        dispatcher.observeWith(observer);
        synchronized (senders) {
            for (OutboxSender s : senders.values()) s.observeWith(observer);
        }
    }

    /** Gives a connected platform its outbox sender (not yet started: {@link OutboxSender#start} or flush by hand). */
    OutboxSender attach(ChatPlatform platform, int parallel) {
        OutboxSender sender = new OutboxSender(platform, outbox, clock, parallel);
        sender.observeWith(observer);
        synchronized (senders) {
            senders.put(platform.name(), sender);
        }
        return sender;
    }

    private void wakeSenders() {
        synchronized (senders) {
            for (OutboxSender s : senders.values()) s.wakeUp();
        }
    }

    /** Runs the scheduled work of one platform due by {@code now}. */
    List<dev.frontline.core.model.Action> tick(String platform, Instant now) {
        RoutineRunner r = routines.get(platform);
        return r == null ? List.of() : r.runDue(now);
    }

    List<String> platforms() {
        return new ArrayList<>(bot.platforms());
    }

    /** What waits: unhandled events, undelivered actions per platform (for the log and /stats). */
    String backlogLine() {
        StringBuilder b = new StringBuilder("inbox: " + dispatcher.load().unfinished() + " waiting");
        for (String p : bot.platforms()) {
            var backlog = outbox.backlog(p, clock.instant());
            b.append("; ").append(p).append(" outbox: ").append(backlog.waiting()).append(" waiting (")
                    .append(backlog.retrying()).append(" retrying), ").append(backlog.failedLastDay()).append(" failed in 24 h");
        }
        return b.toString();
    }

    /** Daily housekeeping: handled events and delivered actions older than a week are forgotten. */
    void forgetOld(Instant now) {
        int events = inbox.forgetHandledBefore(now.minus(KEEP_HANDLED));
        int actions = outbox.forgetFinishedBefore(now.minus(KEEP_HANDLED));
        if (events + actions > 0) log.info("Forgot {} handled events and {} delivered actions older than {} days", events, actions,
                KEEP_HANDLED.toDays());
    }

    Optional<OutboxSender> sender(String platform) {
        synchronized (senders) {
            return Optional.ofNullable(senders.get(platform));
        }
    }

    /**
     * Graceful stop: take no more events, let the lanes finish (at most {@code lanes}), deliver what
     * is due (at most {@code flush}); what is left stays stored for the next start.
     */
    void shutdown(Duration lanes, Duration flush) {
        dispatcher.stopAccepting();
        try {
            if (!dispatcher.awaitIdle(lanes)) log.warn("Lanes still busy after {} s; their events stay in the inbox", lanes.toSeconds());
            List<OutboxSender> all;
            synchronized (senders) {
                all = new ArrayList<>(senders.values());
            }
            for (OutboxSender s : all) {
                if (!s.drain(flush)) log.warn("The {} outbox still had work after {} s; it is sent at the next start", s.platform(), flush.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    @Override
    public void close() {
        dispatcher.close();
        synchronized (senders) {
            for (OutboxSender s : senders.values()) s.close();
        }
    }
}
