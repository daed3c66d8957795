package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.platform.console.BotSession;
import dev.frontline.platform.console.ConsoleChat;
import dev.frontline.platform.console.ConsolePlatform;
import dev.frontline.platform.console.HumanPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** {@code console}: chat with the bot in the terminal, or run a script of lines from stdin. */
@Command(name = "console", description = "Chat with the bot in this terminal (reads a script from stdin when it is not a terminal).")
final class ConsoleCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions options;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        java.util.Optional<AppContext> opened = AppContexts.openOrReport(options, Secrets.fromEnvironment());
        if (opened.isEmpty()) return CheckCommand.PROBLEMS_FOUND;
        try (AppContext ctx = opened.get()) {
            return chat(ctx);
        }
    }

    private static int chat(AppContext ctx) throws Exception {
        Clock clock = Clock.systemUTC();
        BotRuntime runtime = BotRuntime.create(ctx, List.of(ConsolePlatform.NAME), clock, 2);
        ConsolePlatform platform = new ConsolePlatform(clock, ctx.cardRefs(), new HumanPrinter(System.out, place -> ctx.tickets()
                .findByPlace(place).map(t -> "ticket " + t.ref()).orElse(place.thread())), ctx.dataDir().resolve("files"));
        var sender = runtime.attach(platform, 1);
        Operations ops = Operations.forRuntime(ctx, runtime, System.getenv(), clock);
        ops.platform(ConsolePlatform.NAME, () -> true);
        BotSession session = new BotSession(runtime.dispatcher(), now -> runtime.tick(ConsolePlatform.NAME, now), sender, platform);
        boolean interactive = System.console() != null;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "console-routines");
            t.setDaemon(true);
            return t;
        });
        // Scheduled posts appear even while nobody types.
        if (interactive) ticker.scheduleWithFixedDelay(() -> safeTick(session, clock), 15, 15, TimeUnit.SECONDS);
        try {
            List<String> ticketChannels = runtime.bot().desk(ConsolePlatform.NAME).orElseThrow().channels().tickets().stream().sorted().toList();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ConsoleChat(session, ctx.team(), ctx.tickets(), ticketChannels, clock, System.out, interactive).run(in);
        } finally {
            ticker.shutdownNow();
            ops.close();
            runtime.close();
        }
        return 0;
    }

    private static void safeTick(BotSession session, Clock clock) {
        try {
            session.tick(clock.instant());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ConsoleCommand.class).error("Scheduled work failed", e);
        }
    }
}
