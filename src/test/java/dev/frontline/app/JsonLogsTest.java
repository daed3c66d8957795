package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontline.testing.BotProcess;
import dev.frontline.bench.FakeSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code FRONTLINE_LOG_FORMAT=json}: one JSON object per line, naming the event's platform, lane and ticket, never its text or a token. */
class JsonLogsTest {
    @TempDir
    Path data;

    @Test
    void everyLineIsJsonWithTheEventsContextAndNoCustomerTextOrToken() throws Exception {
        Files.deleteIfExists(Path.of("target", "json-logs.log"));
        try (FakeSlack slack = new FakeSlack()) {
            String secret = "my-unique-secret-phrase-7731";
            BotProcess bot = BotProcess.start("json-logs", Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret-token", "SLACK_APP_TOKEN",
                    "xapp-very-secret-token", "SLACK_API_URL", slack.apiUrl(), "FRONTLINE_LOG_FORMAT", "json", "FRONTLINE_LOG_LEVEL", "INFO"),
                    "run", "--data", data.toString());
            try {
                assertTrue(slack.awaitConnected(Duration.ofSeconds(60)), "connected");
                // An outage makes the bot log about this event (retries), so its context shows.
                slack.failFor("chat.postMessage", Duration.ofSeconds(2));
                String ts = "1796100000.000001";
                slack.event("Ev-json-1", SlackHarness.message(SlackHarness.SUPPORT, SlackHarness.CUSTOMER, ts, null, secret + " I cannot log in"));
                SlackHarness.awaitTrue(() -> slack.postedInThread(SlackHarness.SUPPORT, ts).size() >= 1, "answered");
            } finally {
                bot.stop(30);
            }
            List<JsonNode> lines = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(bot.log().toPath())) {
                if (line.isBlank()) continue;
                lines.add(json.readTree(line)); // throws if a line is not JSON
                assertFalse(line.contains(secret), "customer text logged: " + line);
                assertFalse(line.contains("very-secret-token"), "a token logged: " + line);
            }
            assertTrue(lines.size() > 5, "the bot logged: " + lines.size());
            assertTrue(lines.stream().anyMatch(l -> "slack".equals(l.path("mdc").path("platform").asText())
                    && l.path("mdc").path("lane").asText().startsWith("conv:slack:") && l.path("mdc").path("ticket").asText().startsWith("#")),
                    "a line of the event names its platform, lane and ticket: " + lines);
        }
    }
}
