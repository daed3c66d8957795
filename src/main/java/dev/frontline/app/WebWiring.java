package dev.frontline.app;

import dev.frontline.chart.JFreeChartMaker;
import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.metrics.MetricsCalculator;
import dev.frontline.core.model.Channels;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.records.Transcript;
import dev.frontline.core.shift.ShiftSetup;
import dev.frontline.core.team.Team;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcShiftStore;
import dev.frontline.web.WebAccess;
import dev.frontline.web.WebServer;
import dev.frontline.web.WebSources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only web view: on when {@code FRONTLINE_WEB_PORT} is set, bound to
 * {@code FRONTLINE_WEB_BIND} (default 127.0.0.1), links pointing at {@code FRONTLINE_WEB_URL}
 * (default http://bind:port) and signed with {@code FRONTLINE_WEB_SECRET} (default: random per
 * process; set it when several replicas serve the view behind one address).
 */
final class WebWiring {
    private WebWiring() {}

    static Optional<WebAccess> access(Map<String, String> env, Team team, OnceGuard once) {
        String port = env.get("FRONTLINE_WEB_PORT");
        if (port == null || port.isBlank()) return Optional.empty();
        String secret = env.get("FRONTLINE_WEB_SECRET");
        String url = env.get("FRONTLINE_WEB_URL");
        return Optional.of(new WebAccess(secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8), team, once,
                url == null || url.isBlank() ? null : url.replaceFirst("/+$", "")));
    }

    /** Starts the view when the context has it on. */
    static Optional<WebServer> start(AppContext ctx, Map<String, String> env, Clock clock) throws IOException {
        if (ctx.web().isEmpty()) return Optional.empty();
        int port;
        try {
            port = Integer.parseInt(env.get("FRONTLINE_WEB_PORT").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FRONTLINE_WEB_PORT must be a port number, e.g. 8080");
        }
        return Optional.of(WebServer.start(env.getOrDefault("FRONTLINE_WEB_BIND", "127.0.0.1"), port, ctx.web().get(), sources(ctx, clock)));
    }

    /** Every configured platform's tickets, escalations, CSAT and coverage, as the desks see them. */
    static WebSources sources(AppContext ctx, Clock clock) {
        List<String> platforms = new ArrayList<>(ctx.config().frontline().channels().keySet());
        ShiftSetup rhythm = ShiftWiring.setup(ctx.config(), ConfigMapping.channels(ctx.config(), platforms.get(0)));
        return new WebSources(ctx.tickets(),
                () -> {
                    List<Escalation> pending = new ArrayList<>();
                    for (String p : platforms) pending.addAll(new JdbcEscalationStore(ctx.database(), p).pending());
                    pending.sort(Comparator.comparing(Escalation::createdAt));
                    return pending;
                },
                t -> {
                    Instant until = clock.instant().plusSeconds(1);
                    return Transcript.of(t, ctx.tickets().history(t.id()),
                            new JdbcEscalationStore(ctx.database(), t.platform()).createdBetween(t.openedAt(), until),
                            new JdbcShiftStore(ctx.database(), t.platform()).answeredBetween(t.openedAt(), until), ctx.team(), false);
                },
                (from, to) -> {
                    List<WebSources.Named> rows = new ArrayList<>();
                    for (String p : platforms) {
                        Channels channels = ConfigMapping.channels(ctx.config(), p);
                        dev.frontline.core.ticket.TicketService scoped = new dev.frontline.core.ticket.TicketService(ctx.tickets(), ctx.team(),
                                channels, ConfigMapping.texts(ctx.config()));
                        MetricsCalculator calc = new MetricsCalculator(scoped.store(), new JdbcShiftStore(ctx.database(), p), rhythm.coverage());
                        rows.add(new WebSources.Named(p, calc.between(from, to, null)));
                    }
                    return rows;
                },
                new JFreeChartMaker(), clock, rhythm.zone());
    }
}
