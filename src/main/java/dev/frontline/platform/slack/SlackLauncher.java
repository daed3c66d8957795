package dev.frontline.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.frontline.core.Bot;
import dev.frontline.core.model.Channels;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.OnceGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Connects the bot to Slack over Socket Mode (no public URL needed). Tokens come in, never go to logs. */
public final class SlackLauncher {
    private static final Logger log = LoggerFactory.getLogger(SlackLauncher.class);

    private SlackLauncher() {}

    /** A running Slack connection (Socket Mode or HTTP); {@link #close} stops it. */
    public record Running(SlackPlatform platform, AutoCloseable connection, ExecutorService executor) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            connection.close();
            executor.shutdownNow();
        }
    }

    /** HTTP mode's listening address: Slack must reach it (usually through a reverse proxy with TLS). */
    public record HttpMode(String bind, int port) {}

    /**
     * Socket Mode when {@code appToken} is set, else HTTP mode on {@code http} with signature checks.
     *
     * @param apiUrl Web API base such as {@code http://127.0.0.1:9000/api/} (SLACK_API_URL), or null for Slack itself
     */
    public static Running start(Bot bot, Channels channels, OnceGuard once, CardRefs cards, String botToken, String appToken,
                                String signingSecret, String apiUrl) throws Exception {
        return start(bot, channels, once, cards, botToken, appToken, signingSecret, apiUrl, new HttpMode("0.0.0.0", 3000));
    }

    public static Running start(Bot bot, Channels channels, OnceGuard once, CardRefs cards, String botToken, String appToken,
                                String signingSecret, String apiUrl, HttpMode http) throws Exception {
        SlackConfig config = new SlackConfig();
        if (apiUrl != null) config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        Slack slack = Slack.getInstance(config);
        MethodsClient client = slack.methods(botToken);
        AuthTestResponse auth = client.authTest(r -> r);
        if (!auth.isOk()) throw new IllegalStateException("Slack refused the bot token (auth.test: " + auth.getError() + ")");
        log.info("Connected to Slack workspace {} as {}", auth.getTeam(), auth.getUser());

        App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(botToken)
                .signingSecret(signingSecret == null ? "unused-in-socket-mode" : signingSecret).build());
        SlackPlatform platform = new SlackPlatform(client, channels, cards, auth.getUrl());
        SlackUsers users = new SlackUsers(client);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-work");
            t.setDaemon(true);
            return t;
        });
        new SlackAdapter(bot, platform, once, cards, users, auth.getUserId(), auth.getBotId(), executor,
                new SlackHome(bot, client, users)).register(app);
        // Slack retries an event for about five minutes; keys older than two days are forgotten.
        executor.submit(() -> once.forgetOlderThan(Instant.now(), Duration.ofDays(2)));
        if (appToken != null) {
            SocketModeApp socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            return new Running(platform, socket::close, executor);
        }
        SlackHttpServer server = new SlackHttpServer(app, new SlackSignature(signingSecret), http.bind(), http.port());
        server.start();
        return new Running(platform, server, executor);
    }
}
