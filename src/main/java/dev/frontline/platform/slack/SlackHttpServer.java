package dev.frontline.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * HTTP mode: Slack posts events, commands and interactions to {@code /slack/events}. Each request's
 * signature is checked ({@link SlackSignature}) before Bolt sees it; a bad one gets 401 and nothing runs.
 */
public final class SlackHttpServer implements AutoCloseable {
    public static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

    private final HttpServer server;
    private final App app;
    private final SlackSignature signature;
    private final SlackRequestParser parser;

    public SlackHttpServer(App app, SlackSignature signature, String bind, int port) throws IOException {
        this.app = app;
        this.signature = signature;
        this.parser = new SlackRequestParser(app.config());
        // Answer at once: without TCP_NODELAY, Nagle and delayed ACKs add 40 ms to every small response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    public void start() {
        server.start();
        log.info("Slack HTTP mode listening on {}{}", server.getAddress(), PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, "text/plain", "POST only");
                return;
            }
            byte[] raw = ex.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = ex.getRequestHeaders();
            if (!signature.verify(ex.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"),
                    ex.getRequestHeaders().getFirst("X-Slack-Signature"), raw, Instant.now())) {
                log.warn("Rejected a Slack request with a bad or stale signature from {}", ex.getRemoteAddress());
                send(ex, 401, "text/plain", "invalid signature");
                return;
            }
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(PATH).queryString(Map.of())
                    .requestBody(new String(raw, StandardCharsets.UTF_8)).headers(new RequestHeaders(headers))
                    .remoteAddress(ex.getRemoteAddress().getAddress().getHostAddress()).build());
            Response response = app.run(request);
            send(ex, response.getStatusCode(), response.getContentType(), response.getBody() == null ? "" : response.getBody());
        } catch (Exception e) {
            log.error("Slack HTTP request failed", e);
            send(ex, 500, "text/plain", "error");
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type == null ? "text/plain" : type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
