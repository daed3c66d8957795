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

    /** A running Slack connection; {@link #close} stops it. */
    public record Running(SlackPlatform platform, SocketModeApp socketMode, ExecutorService executor) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            socketMode.close();
            executor.shutdownNow();
        }
    }

    /**
     * @param apiUrl Web API base such as {@code http://127.0.0.1:9000/api/} (SLACK_API_URL), or null for Slack itself
     */
    public static Running start(Bot bot, Channels channels, OnceGuard once, CardRefs cards, String botToken, String appToken,
                                String signingSecret, String apiUrl) throws Exception {
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
        SocketModeApp socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        socket.startAsync();
        // Slack keeps retried event ids for about five minutes; an hour of memory is plenty.
        executor.submit(() -> once.forgetOlderThan(Instant.now(), Duration.ofDays(2)));
        return new Running(platform, socket, executor);
    }
}
