package dev.frontline.app;

import dev.frontline.bench.FakeSlack;
import dev.frontline.testing.BotProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management endpoints as an orchestrator and Prometheus see them, on the bot run as a user
 * runs it: {@code /healthz}, {@code /readyz} and {@code /metrics} on the console; on Slack,
 * {@code /healthz} turns 503 when the Socket Mode connection stays down and 200 again once it is back.
 */
class ManagementEndpointsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;

    record Answer(int status, String body) {}

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Answer get(int port, String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    /** Asks until the answer passes (the sentinel), or fails with the last answer after {@code seconds}. */
    static Answer until(int port, String path, Predicate<Answer> test, int seconds, BotProcess bot) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = get(port, path);
            if (test.test(last)) return last;
            if (!bot.isAlive()) throw new AssertionError("the bot exited; see " + bot.log());
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never passed within " + seconds + " s; last answer " + (last == null ? "none"
                : last.status() + " " + last.body()) + "; see " + bot.log());
    }

    @Test
    void theConsoleBotAnswersHealthReadinessAndPrometheusMetrics() throws Exception {
        int port = freePort();
        try (BotProcess bot = BotProcess.start("management-console", Map.of("FRONTLINE_MANAGEMENT_PORT", String.valueOf(port)),
                "console", "--data", data.toString(), "--config", "bot-config", "--macros", "macros")) {
            Answer health = until(port, "/healthz", a -> a.status() == 200, 60, bot);
            assertTrue(health.body().contains("\"ok\":true") || health.body().contains("\"ok\" : true"), health.body());
            Answer ready = until(port, "/readyz", a -> a.status() == 200, 30, bot);
            assertTrue(ready.body().contains("database") && ready.body().contains("answer bank"), ready.body());

            PrintWriter in = bot.input();
            in.println(":as carol");
            in.println("I can't log in, it says my password is wrong");
            in.println("hello?? I'm really furious, I want my money back or I'll call my bank for a chargeback");
            in.println(":as alex");
            in.println("/escalate #1");
            in.println(":submit");
            in.flush();

            Answer metrics = until(port, "/metrics", a -> a.status() == 200 && a.body().contains("frontline_escalations_total"), 30, bot);
            String m = metrics.body();
            for (String series : new String[]{"frontline_events_received_total{", "frontline_event_handling_seconds_bucket{",
                    "frontline_outbox_waiting{", "frontline_inbox_unfinished", "frontline_suggestions_total{",
                    "frontline_model_latency_seconds_count{", "jvm_memory_used_bytes{", "frontline_outbox_attempts_total{"}) {
                assertTrue(m.contains(series), "missing " + series + " in\n" + m);
            }
            assertTrue(m.lines().anyMatch(l -> l.startsWith("frontline_events_received_total{") && l.contains("platform=\"console\"")
                    && l.contains("kind=\"message\"") && !l.endsWith(" 0.0")), m);
            assertTrue(m.lines().anyMatch(l -> l.startsWith("frontline_escalations_total{") && l.contains("category=\"angry\"")
                    && l.endsWith(" 1.0")), m);
            assertTrue(m.lines().anyMatch(l -> l.startsWith("frontline_escalation_flags_total{") && l.contains("category=\"chargeback\"")), m);
            assertTrue(m.lines().anyMatch(l -> l.startsWith("frontline_suggestions_total{") && l.contains("outcome=\"shown\"")
                    && l.endsWith(" 2.0")), m);
            assertFalse(m.toLowerCase().contains("carol"), "no customer name or id in any label");
            assertFalse(m.contains("password"), "no customer text in any label");
            assertEquals(404, get(port, "/nothing-here").status());
        }
    }

    @Test
    void healthzTurns503WhileTheSlackSocketStaysDownAndRecoversWhenItIsBack() throws Exception {
        int port = freePort();
        try (FakeSlack slack = new FakeSlack();
             BotProcess bot = BotProcess.start("management-slack", Map.of("FRONTLINE_MANAGEMENT_PORT", String.valueOf(port),
                     "FRONTLINE_HEALTH_DOWN_AFTER", "2s", "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-test",
                     "SLACK_API_URL", slack.apiUrl()), "run", "--data", data.toString(), "--config", "bot-config", "--macros", "macros")) {
            assertTrue(slack.awaitConnected(Duration.ofSeconds(60)), "the bot connected; see " + bot.log());
            until(port, "/readyz", a -> a.status() == 200, 30, bot);
            until(port, "/healthz", a -> a.status() == 200, 10, bot);

            slack.dropSocket();
            Answer notReady = until(port, "/readyz", a -> a.status() == 503, 30, bot);
            assertTrue(notReady.body().contains("slack"), notReady.body());
            Answer down = until(port, "/healthz", a -> a.status() == 503, 30, bot);
            assertTrue(down.body().contains("down for"), down.body());

            slack.restoreSocket();
            until(port, "/healthz", a -> a.status() == 200, 60, bot);
            until(port, "/readyz", a -> a.status() == 200, 10, bot);
        }
    }
}
