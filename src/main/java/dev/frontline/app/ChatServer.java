package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.core.port.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the bot on the chat platforms whose tokens are set, with each platform's scheduled work
 * ticking in the background, until the process is stopped.
 */
final class ChatServer {
    private static final Logger log = LoggerFactory.getLogger(ChatServer.class);
    private static final long TICK_SECONDS = 15;

    private final GlobalOptions options;
    private final Secrets secrets;

    ChatServer(GlobalOptions options, Secrets secrets) {
        this.options = options;
        this.secrets = secrets;
    }

    int runUntilStopped() throws InterruptedException {
        java.util.Optional<AppContext> opened = AppContexts.openOrReport(options, secrets);
        if (opened.isEmpty()) return CheckCommand.PROBLEMS_FOUND;
        AppContext ctx = opened.get();
        log.info("Starting Frontline with {}", secrets);
        List<Started> started = new ArrayList<>();
        try {
            for (PlatformLaunchers.Launcher launcher : PlatformLaunchers.enabled(secrets)) {
                PlatformBot pb = Features.forPlatform(ctx, launcher.platform());
                started.add(new Started(pb, launcher.start(ctx, pb)));
            }
        } catch (RuntimeException e) {
            log.error("Could not start a chat platform: {}", e.getMessage(), e);
            System.err.println("Frontline could not start: " + e.getMessage());
            ctx.close();
            return 1;
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "routines"));
        Clock clock = Clock.systemUTC();
        for (Started s : started) {
            ticker.scheduleWithFixedDelay(() -> tick(s, clock), 1, TICK_SECONDS, TimeUnit.SECONDS);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ticker.shutdownNow();
            stopped.countDown();
            ctx.close();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    private static void tick(Started s, Clock clock) {
        try {
            s.platform().performAll(s.bot().routines().runDue(clock.instant()));
        } catch (RuntimeException e) {
            log.error("Scheduled work on {} failed", s.bot().platform(), e);
        }
    }

    private record Started(PlatformBot bot, ChatPlatform platform) {}
}
