package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.UserRef;
import dev.frontline.platform.console.ActionView;
import dev.frontline.platform.console.BotSession;
import dev.frontline.platform.console.ConsolePlatform;
import dev.frontline.platform.console.SimulatedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerts about old tickets (the stuck flag, the SLA breach) go out once: not again after a restart,
 * days later, however often the scheduled work runs.
 */
class RestartSendsNoAlertAgainTest {
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z"); // 09:00 Berlin

    @TempDir
    Path data;

    private final List<ActionView> shown = new CopyOnWriteArrayList<>();

    /** One run of the bot on the data folder: the given events and ticks, then a stop. */
    private void run(List<Instant> ticks, List<Inbound> events) throws Exception {
        System.setProperty("frontline.embedder", "lexical");
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("bot-config");
        options.macros = Path.of("macros");
        options.data = data;
        SimulatedClock clock = new SimulatedClock(MONDAY_NINE);
        try (AppContext ctx = AppContexts.open(options, Secrets.from(Map.of()));
             BotRuntime runtime = BotRuntime.create(ctx, List.of(ConsolePlatform.NAME), clock, 2)) {
            ConsolePlatform platform = new ConsolePlatform(clock, ctx.cardRefs(), shown::add);
            BotSession session = new BotSession(runtime.dispatcher(), now -> runtime.tick(ConsolePlatform.NAME, now),
                    runtime.attach(platform, 1), platform);
            for (Inbound in : events) {
                clock.advanceTo(in.at());
                session.deliver(in);
            }
            for (Instant t : ticks) {
                clock.advanceTo(t);
                session.tick(t);
            }
        } finally {
            System.clearProperty("frontline.embedder");
        }
    }

    private long alerts(String text) {
        return shown.stream().filter(v -> v.text() != null && v.text().contains(text)).count();
    }

    @Test
    void theStuckFlagAndTheSlaBreachAreNotSentAgainAfterARestartDaysLater() throws Exception {
        Place support = Place.channel(ConsolePlatform.NAME, "support");
        Place thread = support.inThread("m1");
        UserRef carol = new UserRef("carol", "Carol");
        UserRef alex = new UserRef("alex", "Alex");
        run(List.of(MONDAY_NINE.plus(Duration.ofMinutes(20)), MONDAY_NINE.plus(Duration.ofHours(7))), List.of(
                new Inbound.Message("m1", support, carol, "My export keeps failing", MONDAY_NINE),
                new Inbound.Message("m2", new Place(ConsolePlatform.NAME, "support", "m2x"), new UserRef("dave", "Dave"),
                        "Nobody answered me yet", MONDAY_NINE.plusSeconds(30)),
                new Inbound.Command("assign", "#1 me", support, alex, MONDAY_NINE.plus(Duration.ofMinutes(1))),
                new Inbound.Message("m3", thread, carol, "Still failing with a timeout", MONDAY_NINE.plus(Duration.ofMinutes(2)))));
        assertEquals(1, alerts("#1 must be escalated"), "stuck: flagged once while running");
        assertEquals(1, alerts("SLA breached on #2"), "the SLA breach: warned once while running");

        // Three days later the bot is started again and its scheduled work runs several times.
        Instant later = MONDAY_NINE.plus(Duration.ofDays(3));
        run(List.of(later, later.plus(Duration.ofMinutes(1)), later.plus(Duration.ofMinutes(10))), List.of());

        assertEquals(1, alerts("#1 must be escalated"), "no second stuck flag after the restart");
        assertEquals(1, alerts("SLA breached on #2"), "no second SLA breach after the restart");
        assertTrue(shown.stream().anyMatch(v -> v.text() != null && v.text().startsWith("Start of shift")), "the routines did run");
    }
}
