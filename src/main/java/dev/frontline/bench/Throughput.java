package dev.frontline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drives bot processes through the fake Slack: new customer messages (each a new ticket) at a
 * given rate for a while, and measures what came back: the acknowledgement reply in each thread
 * (end to end), the Socket Mode ack, and the processes' resident memory.
 */
public final class Throughput implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPPORT = "C0SUPPORT1";
    private static final String CUSTOMER = "U0CUST0001";

    /** What one rate gave. Times in milliseconds. */
    public record Step(int rate, int sent, int answered, double handledPerSecond, double ackP50, double ackP99, double e2eP50,
                       double e2eP99, long rssMb) {}

    /** Start-up: process start to Socket Mode connected, and to the first message answered. */
    public record Start(long connectedMs, long firstAnswerMs) {}

    private final FakeSlack slack;
    private final List<Process> bots = new ArrayList<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    /** Every delivery of a message (the first, then Slack's retries), by the message's ts. */
    private final Map<String, List<String>> envelopes = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> events = new ConcurrentHashMap<>();
    private final Map<String, String> eventIds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-slack-retries");
        t.setDaemon(true);
        return t;
    });
    private long sequence;

    public Throughput() throws Exception {
        slack = new FakeSlack();
        slack.spreadOverConnections();
        slack.onPost(m -> {
            String thread = m.path("thread_ts").asText(null);
            if (thread != null && m.path("text").asText().startsWith("Thanks") && sentAt.containsKey(thread)) {
                answeredAt.putIfAbsent(thread, System.nanoTime());
            }
        });
        retries.scheduleWithFixedDelay(this::retryUnacknowledged, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** The outcome of killing one replica: how long until what it had acknowledged was answered by the others. */
    public record Takeover(int inFlight, int answered, long lastAnsweredMsAfterKill) {}

    /**
     * Starts one more bot process and waits until it has connected and answered a first message.
     *
     * @param command how to run the bot: {@code java -jar frontline.jar} (plus JVM options)
     */
    public Start startBot(List<String> command, Map<String, String> env, Path data, File log) throws Exception {
        int before = slack.connectionsOpened();
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("run", "--data", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        pb.environment().putAll(env);
        if (System.getProperty("frontline.botJavaOptions") != null) pb.environment().put("JAVA_TOOL_OPTIONS", System.getProperty("frontline.botJavaOptions"));
        pb.environment().putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_APP_TOKEN", "xapp-bench", "SLACK_API_URL", slack.apiUrl()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        bots.add(p);
        while (slack.connectionsOpened() == before) {
            if (!p.isAlive()) throw new IllegalStateException("the bot stopped at start; see " + log);
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(3)) throw new IllegalStateException("the bot did not connect in 3 minutes");
            Thread.sleep(5);
        }
        long connected = System.nanoTime();
        String ts = send();
        while (!answeredAt.containsKey(ts)) {
            if (System.nanoTime() - connected > TimeUnit.MINUTES.toNanos(2)) throw new IllegalStateException("no first answer in 2 minutes");
            Thread.sleep(2);
        }
        return new Start(TimeUnit.NANOSECONDS.toMillis(connected - t0), TimeUnit.NANOSECONDS.toMillis(answeredAt.get(ts) - t0));
    }

    private synchronized String send() {
        long v = 1_797_000_000_000_000L + (++sequence);
        String ts = (v / 1_000_000) + "." + String.format("%06d", v % 1_000_000);
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "message").put("channel", SUPPORT).put("user", CUSTOMER).put("ts", ts).put("channel_type", "channel")
                .put("text", "benchmark message " + sequence + ": I can't log in, my password is rejected");
        sentAt.put(ts, System.nanoTime());
        events.put(ts, e);
        eventIds.put(ts, "Ev-bench-" + sequence);
        envelopes.put(ts, new CopyOnWriteArrayList<>(List.of(slack.event(eventIds.get(ts), e))));
        return ts;
    }

    /** As Slack does: an envelope not acknowledged within 3 s is sent again, three times at most, under the same event id. */
    private void retryUnacknowledged() {
        long now = System.nanoTime();
        for (Map.Entry<String, List<String>> m : envelopes.entrySet()) {
            List<String> tries = m.getValue();
            if (tries.size() > 3 || tries.stream().anyMatch(slack::acked)) continue;
            if (now - sentAt.get(m.getKey()) > TimeUnit.SECONDS.toNanos(3L * tries.size())) {
                tries.add(slack.event(eventIds.get(m.getKey()), events.get(m.getKey())));
            }
        }
    }

    /** Stops every bot (SIGTERM, as an orchestrator does), so that the next {@link #startBot} is a restart on the same data. */
    public void stopBots() throws InterruptedException {
        for (Process p : bots) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        bots.clear();
    }

    /**
     * Sends {@code rate} messages a second, kills the first bot with SIGKILL halfway, and waits for
     * every message sent so far to be answered by the others. Returns how long after the kill the
     * last of them was answered: the time the survivors need to take over its acknowledged work.
     */
    public Takeover killOneMidStream(int rate, int seconds, Duration drain) throws InterruptedException {
        List<String> mine = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        long killedAt = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            mine.add(send());
            if (i == total / 2) {
                bots.get(0).destroyForcibly();
                killedAt = System.nanoTime();
            }
        }
        long end = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < end && !mine.stream().allMatch(answeredAt::containsKey)) Thread.sleep(20);
        long last = killedAt;
        int answered = 0;
        for (String ts : mine) {
            Long done = answeredAt.get(ts);
            if (done == null) continue;
            answered++;
            last = Math.max(last, done);
        }
        return new Takeover(mine.size(), answered, TimeUnit.NANOSECONDS.toMillis(last - killedAt));
    }

    /** Sends {@code rate} messages a second for {@code seconds}, then waits (at most {@code drain}) for their answers. */
    public Step run(int rate, int seconds, Duration drain) throws InterruptedException {
        List<String> mine = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            mine.add(send());
        }
        long end = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < end && !mine.stream().allMatch(answeredAt::containsKey)) Thread.sleep(20);
        List<Double> ack = new ArrayList<>();
        List<Double> e2e = new ArrayList<>();
        long last = start;
        int answered = 0;
        for (String ts : mine) {
            double a = slack.ackMillis(envelopes.get(ts).get(0));
            if (a >= 0) ack.add(a);
            Long done = answeredAt.get(ts);
            if (done != null) {
                answered++;
                e2e.add((done - sentAt.get(ts)) / 1e6);
                last = Math.max(last, done);
            }
        }
        double elapsed = (last - start) / 1e9;
        return new Step(rate, mine.size(), answered, elapsed <= 0 ? 0 : answered / elapsed, pct(ack, 50), pct(ack, 99), pct(e2e, 50),
                pct(e2e, 99), rssMb());
    }

    private static double pct(List<Double> values, int p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Resident memory of the bot processes (VmRSS, summed), from /proc; -1 where there is none. */
    public long rssMb() {
        long kb = 0;
        for (Process p : bots) {
            if (!p.isAlive()) continue;
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) kb += Long.parseLong(line.replaceAll("\\D", ""));
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }
        return kb / 1024;
    }

    @Override
    public void close() throws Exception {
        retries.shutdownNow();
        stopBots();
        slack.close();
    }
}
