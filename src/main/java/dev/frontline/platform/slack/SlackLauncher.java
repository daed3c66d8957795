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
import dev.frontline.core.port.CardRefs;
import dev.frontline.dispatch.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Connects the bot to Slack over Socket Mode (no public URL needed). Tokens come in, never go to logs. */
public final class SlackLauncher {
    private static final Logger log = LoggerFactory.getLogger(SlackLauncher.class);
    /** A hanging Web API call is given up after this long (and then checked, not blindly repeated). */
    private static final int HTTP_TIMEOUT_MS = 10_000;

    private SlackLauncher() {}

    /** The Slack side before it takes events: the Web API client (for the outbox) and the app to connect. */
    public record Prepared(SlackPlatform platform, App app, MethodsClient client, String botUserId) {}

    /** A running Slack connection (Socket Mode or HTTP); {@link #close} stops taking events. */
    /** @param connected whether events can come in now (the Socket Mode session is open; HTTP mode: the server runs) */
    public record Running(SlackPlatform platform, AutoCloseable connection, ExecutorService executor, java.util.function.BooleanSupplier connected)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            connection.close();
            executor.shutdownNow();
        }
    }

    /** HTTP mode's listening address: Slack must reach it (usually through a reverse proxy with TLS). */
    public record HttpMode(String bind, int port) {}

    /**
     * Checks the token (auth.test) and builds the platform, without taking events yet: the outbox
     * can deliver from the moment this returns.
     *
     * @param apiUrl Web API base such as {@code http://127.0.0.1:9000/api/} (SLACK_API_URL), or null for Slack itself
     */
    public static Prepared prepare(CardRefs cards, String botToken, String signingSecret, String apiUrl) throws Exception {
        SlackConfig config = new SlackConfig();
        if (apiUrl != null) config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        config.setHttpClientCallTimeoutMillis(HTTP_TIMEOUT_MS);
        config.setHttpClientReadTimeoutMillis(HTTP_TIMEOUT_MS);
        config.setHttpClientWriteTimeoutMillis(HTTP_TIMEOUT_MS);
        Slack slack = Slack.getInstance(config);
        MethodsClient client = slack.methods(botToken);
        AuthTestResponse auth = retryingWhileUnreachable("check the bot token", () -> client.authTest(r -> r));
        if (!auth.isOk()) throw new IllegalStateException("Slack refused the bot token (auth.test: " + auth.getError() + ")");
        log.info("Connected to Slack workspace {} as {}", auth.getTeam(), auth.getUser());
        App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(botToken)
                .signingSecret(signingSecret == null ? "unused-in-socket-mode" : signingSecret).build());
        return new Prepared(new SlackPlatform(client, cards, auth.getUrl()), app, client, auth.getUserId() + "|" + auth.getBotId());
    }

    /** Registers the handlers and starts taking events: Socket Mode with an app token, else HTTP mode with signature checks. */
    public static Running start(Prepared prepared, Bot bot, Dispatcher dispatcher, CardRefs cards, String appToken, String signingSecret,
                                HttpMode http) throws Exception {
        String[] ids = prepared.botUserId().split("\\|", -1);
        SlackUsers users = new SlackUsers(prepared.client());
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "slack-home");
            t.setDaemon(true);
            return t;
        });
        new SlackAdapter(dispatcher, cards, users, ids[0], ids.length > 1 ? ids[1] : null, executor,
                new SlackHome(bot, prepared.client(), users)).register(prepared.app());
        if (appToken != null) {
            SocketModeApp socket = startSocketMode(appToken, prepared.app());
            return new Running(prepared.platform(), socket::close, executor,
                    () -> !socket.isClientStopped() && socket.getClient() != null && socket.getClient().verifyConnection());
        }
        SlackHttpServer server = new SlackHttpServer(prepared.app(), new SlackSignature(signingSecret), http.bind(), http.port());
        server.start();
        return new Running(prepared.platform(), server, executor, () -> true);
    }

    private static final long[] START_RETRY_MS = {1_000, 2_000, 4_000, 8_000, 15_000};

    /**
     * Opens the Socket Mode connection. Bolt checks the bot token again (auth.test) and asks for a
     * socket URL here; see {@link #retryingWhileUnreachable}.
     */
    private static SocketModeApp startSocketMode(String appToken, App app) throws Exception {
        return retryingWhileUnreachable("open the Slack connection", () -> {
            SocketModeApp socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            return socket;
        });
    }

    /**
     * A network failure or a 5xx at start (Slack unreachable for a few seconds, a loaded host) is
     * retried for about half a minute instead of ending the process; a refused token fails at once:
     * retrying cannot fix it.
     */
    private static <T> T retryingWhileUnreachable(String what, java.util.concurrent.Callable<T> call) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.call();
            } catch (Exception e) {
                String why = String.valueOf(e.getMessage());
                boolean refused = why.contains("invalid_auth") || why.contains("not_authed") || why.contains("account_inactive")
                        || why.contains("token_revoked") || why.contains("not_allowed_token_type");
                if (refused || attempt >= START_RETRY_MS.length) throw e;
                log.warn("Could not {} ({}); trying again in {} s", what, why, START_RETRY_MS[attempt] / 1000);
                Thread.sleep(START_RETRY_MS[attempt]);
            }
        }
    }
}
