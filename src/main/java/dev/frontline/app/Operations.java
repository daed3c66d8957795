package dev.frontline.app;

import dev.frontline.ops.Health;
import dev.frontline.ops.ManagementServer;
import dev.frontline.ops.Metrics;
import dev.frontline.storage.JdbcBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Metrics and health for one running bot, and the management endpoints when
 * {@code FRONTLINE_MANAGEMENT_PORT} is set (bound to {@code FRONTLINE_MANAGEMENT_BIND}, default
 * 127.0.0.1). {@code FRONTLINE_HEALTH_DOWN_AFTER} (default 60s) is how long a chat connection may be
 * down before {@code /healthz} says so.
 */
final class Operations implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Operations.class);
    private static final Duration STUCK_AFTER = Duration.ofMinutes(2);

    private final Metrics metrics;
    private final Health health;
    private final ScheduledExecutorService watcher;
    private ManagementServer server;
    private dev.frontline.web.WebServer web;

    private Operations(Metrics metrics, Clock clock, Duration downAfter) {
        this.metrics = metrics;
        this.health = new Health(clock, downAfter, STUCK_AFTER);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "health-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::watch, 5, 5, TimeUnit.SECONDS);
    }

    private void watch() {
        try {
            health.watch();
        } catch (RuntimeException e) {
            log.debug("Health watch failed: {}", e.toString());
        }
    }

    /** Metrics and health for {@code runtime}; the endpoints start if the environment asks for them. */
    static Operations forRuntime(AppContext ctx, BotRuntime runtime, Map<String, String> env, Clock clock) throws java.io.IOException {
        Operations ops = new Operations(ctx.metrics(), clock, duration(env.get("FRONTLINE_HEALTH_DOWN_AFTER"), Duration.ofSeconds(60)));
        runtime.observeWith(ops.metrics);
        ops.health.database(() -> ctx.database().inTransaction(c -> {
            try (var s = c.createStatement()) {
                return s.execute("SELECT 1");
            }
        }));
        ops.health.bank(() -> ctx.answers() != null);
        ops.health.workers(runtime.dispatcher()::oldestWaiting, runtime.dispatcher()::lastProgress);
        JdbcBacklog backlog = new JdbcBacklog(ctx.database());
        for (String platform : runtime.platforms()) {
            ops.metrics.gauge("frontline_outbox_waiting", "Outgoing actions not yet delivered", backlog,
                    b -> b.of(platform, clock.instant()).waiting(), "platform", platform);
            ops.metrics.gauge("frontline_outbox_retrying", "Outgoing actions that failed at least once and wait for a retry", backlog,
                    b -> b.of(platform, clock.instant()).retrying(), "platform", platform);
        }
        ops.metrics.gauge("frontline_inbox_unfinished", "Inbound events stored and not yet handled", backlog,
                b -> b.of("", clock.instant()).unhandled());
        String port = env.get("FRONTLINE_MANAGEMENT_PORT");
        if (port != null && !port.isBlank()) {
            String bind = env.getOrDefault("FRONTLINE_MANAGEMENT_BIND", "127.0.0.1");
            ops.server = ManagementServer.start(bind, Integer.parseInt(port.trim()), ops.health, ops.metrics.registry());
        }
        ops.web = WebWiring.start(ctx, env, clock).orElse(null);
        return ops;
    }

    /** A platform whose connection health watches. */
    void platform(String name, BooleanSupplier connected) {
        health.platform(name, connected);
    }

    Metrics metrics() {
        return metrics;
    }

    Optional<Integer> port() {
        return Optional.ofNullable(server).map(ManagementServer::port);
    }

    private static Duration duration(String text, Duration fallback) {
        if (text == null || text.isBlank()) return fallback;
        String t = text.trim().toLowerCase();
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            log.warn("FRONTLINE_HEALTH_DOWN_AFTER={} is not a duration like 60s; using {} s", text, fallback.toSeconds());
            return fallback;
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        if (server != null) server.close();
        if (web != null) web.close();
    }

    Optional<Integer> webPort() {
        return Optional.ofNullable(web).map(dev.frontline.web.WebServer::port);
    }
}
