package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.platform.slack.SlackHttpServer;
import dev.frontline.platform.slack.SlackLauncher;
import dev.frontline.platform.slack.SlackSignature;
import dev.frontline.bench.FakeSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slack's HTTP mode: signed requests reach the bot, unsigned or stale ones are refused before Bolt sees them. */
class SlackHttpModeTest {
    @TempDir
    Path data;

    @Test
    void onlyCorrectlySignedRecentRequestsAreHandled() throws Exception {
        String secret = "http-mode-secret";
        try (FakeSlack slack = new FakeSlack()) {
            GlobalOptions options = new GlobalOptions();
            options.config = Path.of("bot-config");
            options.macros = Path.of("macros");
            options.data = data;
            System.setProperty("frontline.embedder", "lexical");
            try (AppContext ctx = AppContexts.open(options, Secrets.from(Map.of()));
                 BotRuntime runtime = BotRuntime.create(ctx, java.util.List.of("slack"), java.time.Clock.systemUTC(), 2);
                 AutoCloseable running = PlatformLaunchers.connectSlack(ctx, runtime, "xoxb-test", null, secret,
                         slack.apiUrl(), new SlackLauncher.HttpMode("127.0.0.1", 0)).connection()) {
                int port = ((SlackHttpServer) ((SlackLauncher.Running) running).connection()).port();
                String body = "token=x&team_id=T1&channel_id=C0SUPPORT1&user_id=U0AGENT001&command=%2Ffrontline&text=help"
                        + "&trigger_id=trig&response_url=http%3A%2F%2F127.0.0.1%3A1%2F";
                String now = String.valueOf(Instant.now().getEpochSecond());
                String stale = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
                SlackSignature signer = new SlackSignature(secret);

                assertEquals(401, post(port, body, now, "v0=deadbeef"));
                assertEquals(401, post(port, body, stale, signer.sign(stale, body.getBytes(StandardCharsets.UTF_8))));
                assertEquals(200, post(port, body, now, signer.sign(now, body.getBytes(StandardCharsets.UTF_8))));
                FakeSlack.Call help = slack.await("chat.postEphemeral", c -> "U0AGENT001".equals(c.get("user")), Duration.ofSeconds(10));
                assertTrue(help.get("text").startsWith("Commands you can use:"), help.get("text"));
                runtime.sender("slack").orElseThrow().drain(Duration.ofSeconds(10));
                assertEquals(1, slack.calls("chat.postEphemeral").size(), "the refused requests ran nothing; the signed one ran once");
            } finally {
                System.clearProperty("frontline.embedder");
            }
        }
    }

    private static int post(int port, String body, String timestamp, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackHttpServer.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
