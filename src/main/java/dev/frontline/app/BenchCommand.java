package dev.frontline.app;

import dev.frontline.bench.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench}: the throughput benchmark. Starts the bot (this jar) as one or more separate
 * processes on a fake Slack on loopback, sends new customer messages at rising rates, and prints
 * start-to-ready, messages handled per second end to end (the acknowledgement reply posted),
 * Socket Mode ack and end-to-end latency, and resident memory.
 */
@Command(name = "bench", description = "Throughput benchmark through a fake Slack on loopback: start-to-ready, messages/s handled end "
        + "to end, ack and end-to-end p50/p99, resident memory, at rising rates.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--rates", split = ",", defaultValue = "25,50,100,200,300,400", description = "messages per second to try (default: ${DEFAULT-VALUE})")
    List<Integer> rates;

    @Option(names = "--seconds", defaultValue = "10", description = "how long each rate runs (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--replicas", defaultValue = "1", description = "bot processes (more than one needs --database-url)")
    int replicas;

    @Option(names = "--database-url", description = "PostgreSQL JDBC URL the replicas share (user and password in the URL)")
    String databaseUrl;

    @Option(names = "--lexical", description = "word matching instead of the sentence model")
    boolean lexical;

    @Option(names = "--heap", defaultValue = "384m", description = "each bot's -Xmx (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--restart", description = "after the first start, stop the bots and start them again on the same data: "
            + "the restart's start-to-ready, with the bank's vectors already stored")
    boolean restart;

    @Option(names = "--kill-one", description = "after the rates, SIGKILL the first replica halfway through a run at the first rate "
            + "and measure how long the others take to answer what it had acknowledged (needs --replicas 2 or more)")
    boolean killOne;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        if (replicas > 1 && databaseUrl == null) {
            System.err.println("Several replicas share one store: give --database-url jdbc:postgresql://…");
            return 2;
        }
        List<String> command = botCommand();
        Map<String, String> env = new HashMap<>();
        if (databaseUrl != null) env.put("FRONTLINE_DATABASE_URL", databaseUrl);
        if (lexical) env.put("FRONTLINE_EMBEDDER", "lexical");
        Path work = Files.createTempDirectory("frontline-bench");
        File log = work.resolve("bots.log").toFile();
        System.out.println("Bots: " + replicas + " x " + String.join(" ", command) + (lexical ? " (word matching)" : " (sentence model)")
                + (databaseUrl == null ? ", SQLite" : ", PostgreSQL") + "; log " + log);
        if (killOne && replicas < 2) {
            System.err.println("--kill-one needs --replicas 2 or more: someone has to take over");
            return 2;
        }
        try (Throughput bench = new Throughput()) {
            startAll(bench, command, env, work, log, "start on an empty data directory");
            if (restart) {
                bench.stopBots();
                startAll(bench, command, env, work, log, "restart on the same data");
            }
            System.out.printf("%8s %8s %9s %12s %9s %9s %9s %9s %8s%n", "rate/s", "sent", "answered", "handled/s", "ack p50", "ack p99",
                    "e2e p50", "e2e p99", "RSS MB");
            for (int rate : rates) {
                Throughput.Step r = bench.run(rate, seconds, Duration.ofSeconds(30));
                System.out.printf("%8d %8d %9d %12.1f %7.1f ms %7.1f ms %7.0f ms %7.0f ms %8d%n", r.rate(), r.sent(), r.answered(),
                        r.handledPerSecond(), r.ackP50(), r.ackP99(), r.e2eP50(), r.e2eP99(), r.rssMb());
                if (r.answered() < r.sent()) {
                    System.out.println("(not every message was answered within 30 s: the bot is saturated at this rate)");
                    break;
                }
            }
            if (killOne) {
                int rate = rates.get(0);
                Throughput.Takeover t = bench.killOneMidStream(rate, seconds, Duration.ofSeconds(120));
                System.out.printf("kill -9 of replica 1 halfway through %d s at %d/s: %d of %d messages answered; the last one %d ms after the kill%n",
                        seconds, rate, t.answered(), t.inFlight(), t.lastAnsweredMsAfterKill());
            }
        }
        return 0;
    }

    private void startAll(Throughput bench, List<String> command, Map<String, String> env, Path work, File log, String what) throws Exception {
        for (int i = 0; i < replicas; i++) {
            Throughput.Start s = bench.startBot(command, env, work.resolve("data-" + i), log);
            System.out.printf("bot %d, %s: connected %d ms after start, first message answered %d ms after start%n", i + 1, what,
                    s.connectedMs(), s.firstAnswerMs());
        }
    }

    /** This jar as a bot process, or (run from the build's classes) the same class path. */
    private List<String> botCommand() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        if (Files.isRegularFile(self)) command.addAll(List.of("-jar", self.toString()));
        else command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return command;
    }
}
