package dev.frontline.app;

import dev.frontline.storage.Database;
import dev.frontline.bench.FakeSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bot as its own process on the fake Slack, killed with SIGKILL at random moments while customer
 * messages arrive at about 30 a second, and started again each time. Slack's side is played as
 * Slack plays it: an event not acknowledged within 3 seconds is sent again (same event id, new
 * envelope), three times at most. Afterwards every acknowledged event must be stored, every
 * stored message acknowledged in its thread exactly once, and the database intact.
 *
 * <p>A reliability benchmark too: {@code mvn -B -ntp test -Dtest=KillNineTest -Dfrontline.kills=200}
 * (the figures are printed; CI runs {@value #DEFAULT_KILLS} kills).
 */
class KillNineTest {
    static final int DEFAULT_KILLS = 4;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(3);

    @TempDir
    Path data;

    private record Sent(String eventId, String ts, String text, long firstSentAt, AtomicInteger deliveries, List<String> envelopes) {}

    @Test
    void killedAtRandomWhileEventsArriveLosesNoAcknowledgedEventAndRepeatsNoReply() throws Exception {
        int kills = Integer.getInteger("frontline.kills", DEFAULT_KILLS);
        int perSecond = Integer.getInteger("frontline.rate", 30);
        Random random = new Random(7);
        Map<String, Sent> sent = new ConcurrentHashMap<>();
        retrying.clear();
        try (FakeSlack slack = new FakeSlack()) {
            AtomicBoolean sending = new AtomicBoolean(true);
            Thread customers = new Thread(() -> sendEvents(slack, sent, perSecond, sending), "customers");
            Process bot = start(slack);
            customers.start();
            for (int k = 0; k < kills; k++) {
                Thread.sleep(500 + random.nextInt(2000));
                bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                bot = start(slack);
            }
            sending.set(false);
            customers.join();
            // Let Slack's retries run out, then let the bot answer everything it took.
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < end && !allAnsweredOrGivenUp(slack, sent)) {
                retryUnacknowledged(slack, sent);
                Thread.sleep(200);
            }
            bot.destroy();
            bot.waitFor(30, TimeUnit.SECONDS);

            List<Sent> acked = sent.values().stream().filter(s -> s.envelopes().stream().anyMatch(slack::acked)).toList();
            int lost = 0;
            int duplicates = 0;
            try (Database db = Database.open(data)) {
                for (Sent s : acked) {
                    if (!stored(db, s.ts())) lost++;
                }
                assertEquals("ok", integrity(db));
            }
            for (Sent s : sent.values()) {
                if (acknowledgements(slack, s) > 1) duplicates++;
            }
            long unanswered = acked.stream().filter(s -> acknowledgements(slack, s) == 0).count();
            System.out.printf("kill -9: %d kills, %d events sent at ~%d/s, %d acknowledged, %d acknowledged but not stored, "
                            + "%d answered twice, %d acknowledged but unanswered, %d Socket Mode connections%n",
                    kills, sent.size(), perSecond, acked.size(), lost, duplicates, unanswered, slack.connectionsOpened());
            assertTrue(acked.size() >= 5 * kills, "events were acknowledged between the kills: " + acked.size() + " of " + sent.size());
            assertEquals(0, lost, "acknowledged events never stored");
            assertEquals(0, duplicates, "messages answered twice");
            assertEquals(0, unanswered, "acknowledged messages never answered");
        }
    }

    private Process start(FakeSlack slack) throws Exception {
        int before = slack.connectionsOpened();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.frontline.app.Main", "run", "--data", data.toString(), "--config", "bot-config", "--macros", "macros")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log()));
        pb.environment().putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-test", "SLACK_API_URL", slack.apiUrl(),
                "FRONTLINE_EMBEDDER", "lexical"));
        Process p = pb.start();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (slack.connectionsOpened() == before) {
            if (System.nanoTime() > end || !p.isAlive()) throw new AssertionError("the bot did not connect; see " + log());
            Thread.sleep(20);
        }
        return p;
    }

    /** The bot's own log, all its runs one after the other, for reading when this fails. */
    private static File log() {
        return Path.of("target", "kill-nine-bot.log").toFile();
    }

    private static void sendEvents(FakeSlack slack, Map<String, Sent> sent, int perSecond, AtomicBoolean sending) {
        long n = 0;
        long base = 1_795_700_000_000_000L;
        long start = System.nanoTime();
        while (sending.get()) {
            n++;
            long v = base + n;
            String ts = (v / 1_000_000) + "." + String.format("%06d", v % 1_000_000);
            String text = "killtest message " + n + ": my invoice looks wrong";
            Sent s = new Sent("Ev-kill-" + n, ts, text, System.nanoTime(), new AtomicInteger(1), new java.util.concurrent.CopyOnWriteArrayList<>());
            sent.put(s.eventId(), s);
            retrying.add(s);
            s.envelopes().add(slack.event(s.eventId(), SlackHarness.message(SlackHarness.SUPPORT, SlackHarness.CUSTOMER, ts, null, text)));
            if (n % 10 == 0) retryUnacknowledged(slack, sent);
            // Keep the rate whatever the machine does: sleep until this event's slot.
            long due = start + n * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Events Slack still has to retry: neither acknowledged nor out of retries (kept apart so each tick looks at few). */
    private static final java.util.Queue<Sent> retrying = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Slack's retries: an event with no acknowledged envelope after 3 s is sent again, at most three more times. */
    private static synchronized void retryUnacknowledged(FakeSlack slack, Map<String, Sent> sent) {
        long now = System.nanoTime();
        for (java.util.Iterator<Sent> it = retrying.iterator(); it.hasNext(); ) {
            Sent s = it.next();
            if (s.envelopes().stream().anyMatch(slack::acked) || s.deliveries().get() > 3) {
                it.remove();
                continue;
            }
            if (now - s.firstSentAt() < RETRY_AFTER.toNanos() * s.deliveries().get()) continue;
            s.deliveries().incrementAndGet();
            s.envelopes().add(slack.event(s.eventId(), SlackHarness.message(SlackHarness.SUPPORT, SlackHarness.CUSTOMER, s.ts(), null, s.text())));
        }
    }

    private static boolean allAnsweredOrGivenUp(FakeSlack slack, Map<String, Sent> sent) {
        long now = System.nanoTime();
        for (Sent s : sent.values()) {
            boolean acked = s.envelopes().stream().anyMatch(slack::acked);
            if (!acked && s.deliveries().get() <= 3) return false;
            if (!acked && now - s.firstSentAt() < RETRY_AFTER.toNanos() * 4) return false;
            if (acked && acknowledgements(slack, s) == 0) return false;
        }
        return true;
    }

    private static long acknowledgements(FakeSlack slack, Sent s) {
        return slack.postedInThread(SlackHarness.SUPPORT, s.ts()).stream().filter(m -> m.path("text").asText().startsWith("Thanks Carol")).count();
    }

    private static boolean stored(Database db, String ts) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tickets WHERE platform = 'slack' AND thread = ?")) {
                ps.setString(1, ts);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        });
    }

    private static String integrity(Database db) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
