package dev.frontline.app;

import dev.frontline.config.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one bot on every chat platform whose tokens are set, with each platform's scheduled work
 * ticking in the background, until the process is stopped. On SIGTERM it stops taking events,
 * lets the lanes finish (10 s at most), delivers what is due, then closes the database: nothing
 * acknowledged is lost on a deploy (what did not finish is still stored for the next start).
 */
final class ChatServer {
    private static final Logger log = LoggerFactory.getLogger(ChatServer.class);
    private static final long TICK_SECONDS = 15;
    private static final int LANE_WORKERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final GlobalOptions options;
    private final Secrets secrets;

    ChatServer(GlobalOptions options, Secrets secrets) {
        this.options = options;
        this.secrets = secrets;
    }

    int runUntilStopped() throws InterruptedException {
        Optional<AppContext> opened = AppContexts.openOrReport(options, secrets);
        if (opened.isEmpty()) return CheckCommand.PROBLEMS_FOUND;
        AppContext ctx = opened.get();
        log.info("Starting Frontline with {}; store: {}", secrets, ctx.database().description());
        List<PlatformLaunchers.Launcher> launchers = PlatformLaunchers.enabled(secrets);
        Clock clock = Clock.systemUTC();
        BotRuntime runtime;
        List<PlatformLaunchers.Connected> connected = new ArrayList<>();
        try {
            runtime = BotRuntime.create(ctx, launchers.stream().map(PlatformLaunchers.Launcher::platform).toList(), clock, LANE_WORKERS);
            for (PlatformLaunchers.Launcher launcher : launchers) connected.add(launcher.start(ctx, runtime));
        } catch (Exception e) {
            log.error("Could not start a chat platform: {}", e.getMessage(), e);
            System.err.println("Frontline could not start: " + e.getMessage());
            closeAll(connected);
            ctx.close();
            return 1;
        }
        Operations ops;
        try {
            ops = Operations.forRuntime(ctx, runtime, System.getenv(), clock);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("Frontline could not open its management port: " + e.getMessage());
            closeAll(connected);
            runtime.close();
            ctx.close();
            return 1;
        }
        for (PlatformLaunchers.Connected c : connected) ops.platform(c.platform().name(), c.connected());
        runtime.dispatcher().recover();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "routines"));
        ticker.scheduleWithFixedDelay(() -> tick(runtime, clock), 1, TICK_SECONDS, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(() -> housekeeping(runtime, clock), 1, 24 * 3600, TimeUnit.SECONDS);
        // Another replica may have stored events and died before handling them: take them over.
        ticker.scheduleWithFixedDelay(() -> sweep(runtime), 5, 5, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(() -> log.info("Backlog: {}", runtime.backlogLine()), 60, 300, TimeUnit.SECONDS);
        log.info("Frontline is ready on {}", runtime.platforms());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping: no new events; finishing what was taken");
            ticker.shutdownNow();
            closeAll(connected);
            runtime.shutdown(Duration.ofSeconds(10), Duration.ofSeconds(5));
            ops.close();
            ctx.close();
            log.info("Stopped");
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    private static void closeAll(List<PlatformLaunchers.Connected> connected) {
        for (PlatformLaunchers.Connected c : connected) {
            try {
                c.connection().close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", c.platform().name(), e.toString());
            }
        }
    }

    private static void tick(BotRuntime runtime, Clock clock) {
        Instant now = clock.instant();
        for (String platform : runtime.platforms()) {
            try {
                runtime.tick(platform, now);
            } catch (RuntimeException e) {
                log.error("Scheduled work on {} failed", platform, e);
            }
        }
    }

    private static void sweep(BotRuntime runtime) {
        try {
            runtime.dispatcher().sweep(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            log.error("Looking for stalled events failed", e);
        }
    }

    private static void housekeeping(BotRuntime runtime, Clock clock) {
        try {
            runtime.forgetOld(clock.instant());
        } catch (RuntimeException e) {
            log.error("Housekeeping failed", e);
        }
    }
}
