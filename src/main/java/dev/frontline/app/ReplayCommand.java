package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.platform.console.BotSession;
import dev.frontline.platform.console.ConsolePlatform;
import dev.frontline.platform.console.JsonLinesPrinter;
import dev.frontline.platform.console.Replay;
import dev.frontline.platform.console.SimulatedClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code replay FILE.jsonl}: runs a transcript through the whole bot with a simulated clock; prints actions as JSON lines. */
@Command(name = "replay", description = "Feed a JSON-lines transcript through the bot on the console platform with a "
        + "simulated clock; print every action as a JSON line. Stores into --data like a live run.")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "transcript, one JSON object per line")
    Path file;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        if (!Files.isRegularFile(file)) {
            System.err.println("No transcript at " + file);
            return 2;
        }
        java.util.Optional<AppContext> opened = AppContexts.openOrReport(options, Secrets.fromEnvironment());
        if (opened.isEmpty()) return CheckCommand.PROBLEMS_FOUND;
        try (AppContext ctx = opened.get(); BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            SimulatedClock clock = new SimulatedClock(Instant.EPOCH);
            try (BotRuntime runtime = BotRuntime.create(ctx, java.util.List.of(ConsolePlatform.NAME), clock, 2)) {
                ConsolePlatform platform = new ConsolePlatform(clock, ctx.cardRefs(), new JsonLinesPrinter(System.out),
                        ctx.dataDir().resolve("files"));
                var sender = runtime.attach(platform, 1);
                BotSession session = new BotSession(runtime.dispatcher(), now -> runtime.tick(ConsolePlatform.NAME, now), sender, platform);
                int bad = new Replay(session, clock, ctx.team(), System.err).run(in);
                return bad == 0 ? 0 : 1;
            }
        }
    }
}
