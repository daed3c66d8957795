package dev.frontline.app;

import dev.frontline.testing.BotProcess;
import dev.frontline.testing.FakeDiscord;
import dev.frontline.bench.FakeSlack;
import dev.frontline.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.frontline.app.SlackHarness.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three bot processes on one PostgreSQL against the fake Slack (each replica its own Socket Mode
 * connection; Slack spreads envelopes over them) and the fake Discord (each replica holds a gateway
 * session and gets every dispatch). 500 Slack deliveries (every message twice, the copies on
 * different replicas) and Discord messages seen by all three: each is handled once. One replica is
 * killed mid-stream while posting hangs: the others carry on, nothing acknowledged is lost, and what
 * it had claimed but not confirmed goes out once. A shift starts meanwhile: one post per platform.
 */
class ReplicasTest {
    private static final String SLACK_TEAM = "C0TEAM0001";
    private static final String DISCORD_TEAM = "200000000000000003";

    @TempDir
    Path dir;

    private record Sent(String eventId, String ts, String text, long firstSentAt, List<String> envelopes) {}

    @Test
    void threeReplicasHandleEveryEventOnceAndCarryOnWhenOneIsKilled() throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        Path config = configWithAShiftStartingSoon();
        try (FakeSlack slack = new FakeSlack(); FakeDiscord discord = new FakeDiscord()) {
            slack.spreadOverConnections();
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-test", "SLACK_API_URL", slack.apiUrl(),
                    "DISCORD_TOKEN", "test-token", "DISCORD_API_URL", discord.apiUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "FRONTLINE_DATABASE_URL", url);
            List<BotProcess> replicas = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replicas.add(BotProcess.start("replica-" + i, env, "run", "--config", config.toString(), "--macros", "macros",
                        "--data", dir.resolve("data-" + i).toString()));
            }
            try {
                awaitConnected(slack, discord, replicas);
                Map<String, Sent> sent = new ConcurrentHashMap<>();
                List<String> discordMessages = new CopyOnWriteArrayList<>();
                for (int n = 1; n <= 250; n++) {
                    String ts = "1796000000." + String.format("%06d", n);
                    Sent s = new Sent("Ev-rep-" + n, ts, "replica test " + n + ": where is my order", System.nanoTime(), new CopyOnWriteArrayList<>());
                    sent.put(s.eventId(), s);
                    deliver(slack, s);
                    deliver(slack, s); // Slack's retry, or the same event under a second subscription
                    if (n % 10 == 0) {
                        discordMessages.add(discord.message(FakeDiscord.SUPPORT, "1000000000000" + (90000 + n), "dina" + n,
                                "discord replica test " + n + ": my invoice is wrong"));
                    }
                    if (n == 120) {
                        // Posting hangs; one replica dies with posts claimed and maybe carried out later.
                        slack.hangFor("chat.postMessage", Duration.ofSeconds(6));
                        Thread.sleep(2000);
                        replicas.get(0).kill();
                    }
                    retryUnacknowledged(slack, sent);
                    Thread.sleep(20);
                }
                long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
                while (System.nanoTime() < end && !(allSlackAnswered(slack, sent) && allDiscordAnswered(discord, discordMessages)
                        && shiftPostsOut(slack, discord))) {
                    retryUnacknowledged(slack, sent);
                    Thread.sleep(200);
                }
                for (int i = 1; i < 3; i++) assertTrue(replicas.get(i).stop(30), "replica " + i + " stopped on SIGTERM");

                int lost = 0;
                int twice = 0;
                for (Sent s : sent.values()) {
                    long answers = answers(slack, s.ts());
                    boolean acked = s.envelopes().stream().anyMatch(slack::acked);
                    if (acked && answers == 0) lost++;
                    if (answers > 1) twice++;
                }
                int discordTwice = 0;
                int discordUnanswered = 0;
                for (String id : discordMessages) {
                    long answers = discordAnswers(discord, id);
                    if (answers > 1) discordTwice++;
                    if (answers == 0) discordUnanswered++;
                }
                System.out.printf("replicas: 3 on PostgreSQL, 1 killed; Slack: %d messages in %d deliveries, %d acknowledged but unanswered, "
                                + "%d answered twice; Discord: %d messages seen by every replica, %d unanswered, %d answered twice%n",
                        sent.size(), sent.values().stream().mapToInt(s -> s.envelopes().size()).sum(), lost, twice,
                        discordMessages.size(), discordUnanswered, discordTwice);
                assertEquals(0, lost, "acknowledged Slack messages never answered");
                assertEquals(0, twice, "Slack messages answered twice");
                assertEquals(0, discordUnanswered, "Discord messages never answered");
                assertEquals(0, discordTwice, "Discord messages answered twice");
                assertEquals(1, slack.posted(SLACK_TEAM).stream().filter(m -> m.path("text").asText().startsWith("Start of shift")).count(),
                        "one start-of-shift post on Slack across three replicas");
                assertEquals(1, discord.calls().stream().filter(c -> c.method().equals("POST") && c.path().equals("channels/" + DISCORD_TEAM + "/messages")
                        && c.body().path("content").asText().startsWith("Start of shift")).count(), "one on Discord");
            } finally {
                for (BotProcess r : replicas) r.close();
            }
        }
    }

    /** Three JVMs starting at once on two cores take a while: up to two minutes. */
    private static void awaitConnected(FakeSlack slack, FakeDiscord discord, List<BotProcess> replicas) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!(slack.connectionsOpen() >= 3 && discord.sessionsIdentified() >= 3)) {
            for (BotProcess r : replicas) if (!r.isAlive()) throw new AssertionError("a replica died at start; see " + r.log());
            if (System.nanoTime() > end) throw new AssertionError("three replicas did not connect within 120 s; see target/replica-*.log");
            Thread.sleep(50);
        }
    }

    private static void deliver(FakeSlack slack, Sent s) {
        s.envelopes().add(slack.event(s.eventId(), SlackHarness.message(SlackHarness.SUPPORT, SlackHarness.CUSTOMER, s.ts(), null, s.text())));
    }

    /** Slack's retries: not acknowledged within 3 s, sent again (to whichever connection is next), three times at most. */
    private static synchronized void retryUnacknowledged(FakeSlack slack, Map<String, Sent> sent) {
        long now = System.nanoTime();
        for (Sent s : sent.values()) {
            if (s.envelopes().stream().anyMatch(slack::acked) || s.envelopes().size() >= 5) continue;
            if (now - s.firstSentAt() > 3_000_000_000L * (s.envelopes().size() - 1)) deliver(slack, s);
        }
    }

    private static long answers(FakeSlack slack, String ts) {
        return slack.posted(SlackHarness.SUPPORT).stream().filter(m -> ts.equals(m.path("thread_ts").asText(null))
                && m.path("text").asText().startsWith("Thanks Carol")).count();
    }

    private static boolean allSlackAnswered(FakeSlack slack, Map<String, Sent> sent) {
        return sent.values().stream().allMatch(s -> !s.envelopes().stream().anyMatch(slack::acked) && s.envelopes().size() < 5
                ? false : answers(slack, s.ts()) >= 1 || s.envelopes().stream().noneMatch(slack::acked));
    }

    private static long discordAnswers(FakeDiscord discord, String messageId) {
        return discord.calls().stream().filter(c -> c.method().equals("POST") && c.path().equals("channels/" + messageId + "/messages")
                && c.body().path("content").asText().startsWith("Thanks dina")).count();
    }

    private static boolean allDiscordAnswered(FakeDiscord discord, List<String> ids) {
        return ids.stream().allMatch(id -> discordAnswers(discord, id) >= 1);
    }

    private static boolean shiftPostsOut(FakeSlack slack, FakeDiscord discord) {
        return slack.posted(SLACK_TEAM).stream().anyMatch(m -> m.path("text").asText().startsWith("Start of shift"))
                && discord.calls().stream().anyMatch(c -> c.path().equals("channels/" + DISCORD_TEAM + "/messages")
                && c.body().path("content").asText().startsWith("Start of shift"));
    }

    /** The shipped config, with one UTC shift that starts two minutes from now. */
    private Path configWithAShiftStartingSoon() throws IOException {
        Path config = dir.resolve("bot-config");
        Files.createDirectories(config.resolve("trial"));
        try (var files = Files.walk(Path.of("bot-config"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = config.resolve(Path.of("bot-config").relativize(p));
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2).withSecond(0).withNano(0);
        ZonedDateTime end = start.plusMinutes(30);
        if (!end.toLocalDate().equals(start.toLocalDate())) end = start.withHour(23).withMinute(59);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String day = start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        Files.writeString(config.resolve("coverage.yaml"), """
                model: business_hours
                schedules:
                  - name: Replicas
                    timezone: UTC
                    hours:
                      %s: ["%s-%s"]
                sla:
                  first_response: 4h
                catch_up_grace: 2h
                """.formatted(day, hhmm.format(start), hhmm.format(end)));
        return config;
    }
}
