package dev.frontline.app;

import dev.frontline.storage.Database;
import dev.frontline.bench.FakeSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deploy stops the bot with SIGTERM right after Slack got its acknowledgements: the bot stops
 * taking events, finishes the ones it took and delivers their replies before it exits.
 */
class GracefulStopTest {
    @TempDir
    Path data;

    @Test
    void sigtermRightAfterTheAcksStillHandlesAndAnswersEveryAcknowledgedEvent() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    "dev.frontline.app.Main", "run", "--data", data.toString(), "--config", "bot-config", "--macros", "macros")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "graceful-stop-bot.log").toFile()));
            pb.environment().putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-test", "SLACK_API_URL", slack.apiUrl(),
                    "FRONTLINE_EMBEDDER", "lexical"));
            Process bot = pb.start();
            assertTrue(slack.awaitConnected(Duration.ofSeconds(60)), "the bot connected");

            List<String> envelopes = new ArrayList<>();
            List<String> threads = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String ts = "1795900000." + String.format("%06d", i + 1);
                threads.add(ts);
                envelopes.add(slack.event("Ev-stop-" + i, SlackHarness.message(SlackHarness.SUPPORT, SlackHarness.CUSTOMER, ts, null,
                        "deploy test " + i + ": my invoice has the wrong address")));
            }
            SlackHarness.awaitTrue(() -> envelopes.stream().allMatch(slack::acked), "every event acknowledged");
            bot.destroy(); // SIGTERM
            assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "the bot stopped within 30 s");

            assertTrue(slack.posted(SlackHarness.SUPPORT).stream().noneMatch(m -> m.path("text").asText().contains("SLA")),
                    "staff-only alerts never go into the ticket channel");
            for (String ts : threads) {
                assertEquals(1, slack.posted(SlackHarness.SUPPORT).stream().filter(m -> ts.equals(m.path("thread_ts").asText(null))
                        && m.path("text").asText().startsWith("Thanks Carol")).count(), "answered once before the stop: " + ts + " "
                        + slack.posted(SlackHarness.SUPPORT).stream().filter(m -> ts.equals(m.path("thread_ts").asText(null))).toList());
            }
            try (Database db = Database.open(data)) {
                assertEquals(0, count(db, "SELECT COUNT(*) FROM inbox WHERE status = 'PENDING'"), "nothing left unhandled");
                assertEquals(0, count(db, "SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'CHECK', 'SENDING')"), "nothing left unsent");
            }
        }
    }

    private static int count(Database db, String sql) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
