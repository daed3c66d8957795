package dev.frontline.app;

import dev.frontline.bench.FakeSlack;
import dev.frontline.testing.BotProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slack failing for a few seconds while the bot opens its Socket Mode connection (seen on a loaded
 * host: Bolt's own auth.test could not connect, and the process ended) is retried, not fatal.
 */
class SlackStartRetryTest {
    @TempDir
    Path data;

    @Test
    void aSlackOutageWhileConnectingIsRetriedAndTheBotConnects() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            slack.rateLimit("auth.test", 2); // the first two token checks are refused with 429, whenever they come
            try (BotProcess bot = BotProcess.start("slack-start-retry", Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-test",
                    "SLACK_API_URL", slack.apiUrl()), "run", "--data", data.toString(), "--config", "bot-config", "--macros", "macros")) {
                assertTrue(slack.awaitConnected(Duration.ofSeconds(90)), "the bot connected after the outage; see " + bot.log());
                assertTrue(bot.isAlive());
                assertTrue(Files.readString(bot.log().toPath()).contains("Could not check the bot token"),
                        "the outage was met (and retried): the test would pass vacuously otherwise");
            }
        }
    }
}
