package dev.frontline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A Slack stand-in on 127.0.0.1, for the end-to-end tests and the throughput benchmark: the Web API
 * over HTTP (records every call; answers auth.test, apps.connections.open, chat.*, users.info,
 * views.*, conversations.history and .replies with the messages posted) and the Socket Mode
 * WebSocket (sends envelopes, records acks and when they came). Outages can be staged: 500s, 429s,
 * calls that hang. Never used by the bot itself.
 */
public final class FakeSlack implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Web API call: the method and its parameters (form fields or JSON body fields). */
    /** The key under which a {@link Call} of chat.postMessage holds the ts this fake answered with. */
    public static final String POSTED_TS = "answered.ts";

    public record Call(String method, Map<String, String> params) {
        public String get(String key) {
            return params.get(key);
        }
    }

    private final HttpServer http;
    private final Sockets sockets;
    private final List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile java.util.function.Consumer<ObjectNode> onPost = m -> { };
    private final AtomicLong ts = new AtomicLong(1_795_500_000_000_000L);
    private final Map<String, Integer> rateLimits = new ConcurrentHashMap<>();
    private final Map<String, Long> ackedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicInteger envelopes = new AtomicInteger();
    /** Messages posted, per channel, as Slack keeps them (for conversations.history and .replies). */
    private final Map<String, List<ObjectNode>> posted = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> inThreads = new ConcurrentHashMap<>();
    private volatile Fault fault;
    private volatile boolean spread;
    private final AtomicLong hungArrivals = new AtomicLong();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicLong hungDone = new AtomicLong();

    /** An outage: until {@code until}, calls of {@code method} ("*" for all but auth and connections) fail this way. */
    private record Fault(String method, String kind, long until) {
        boolean hits(String m) {
            return System.currentTimeMillis() < until && (method.equals(m) || (method.equals("*")
                    && !m.equals("auth.test") && !m.equals("apps.connections.open")));
        }
    }

    private volatile boolean socketDown;

    /**
     * Slack's Socket Mode side goes away: open connections are closed and new ones are refused
     * ({@code apps.connections.open} fails) until {@link #restoreSocket()}.
     */
    public void dropSocket() {
        socketDown = true;
        for (WebSocket c : sockets.getConnections()) c.close(1011, "fake outage");
    }

    public void restoreSocket() {
        socketDown = false;
    }

    /** Calls of {@code method} answer HTTP 500 (and do nothing) for {@code d}. */
    public void failFor(String method, Duration d) {
        fault = new Fault(method, "500", System.currentTimeMillis() + d.toMillis());
    }

    /** Calls of {@code method} answer 429 with Retry-After: 1 for {@code d}. */
    public void rateLimitFor(String method, Duration d) {
        fault = new Fault(method, "429", System.currentTimeMillis() + d.toMillis());
    }

    /**
     * Calls of {@code method} hang until {@code d} has passed, then are carried out (the client may
     * have given up meanwhile: the post then exists although the client never heard so).
     */
    public void hangFor(String method, Duration d) {
        fault = new Fault(method, "hang", System.currentTimeMillis() + d.toMillis());
    }

    /** Messages posted in one thread, oldest first (an index, for tests with many thousands of posts). */
    public List<ObjectNode> postedInThread(String channel, String threadTs) {
        return List.copyOf(inThreads.getOrDefault(channel + "/" + threadTs, List.of()));
    }

    /** Messages posted in a channel (top level and threads), oldest first. */
    public List<ObjectNode> posted(String channel) {
        List<ObjectNode> list = posted.getOrDefault(channel, List.of());
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    public FakeSlack() throws Exception {
        sockets = new Sockets();
        sockets.start();
        long deadline = System.currentTimeMillis() + 5000;
        while (sockets.getPort() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(10);
        // Answer at once: without TCP_NODELAY, Nagle and delayed ACKs add 40 ms to every small response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/", this::api);
        // Calls are answered in parallel, like Slack: one hanging call does not hold up the others.
        http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "fake-slack-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
    }

    /** The next {@code times} calls of {@code method} get HTTP 429 with Retry-After: 1. */
    public void rateLimit(String method, int times) {
        rateLimits.put(method, times);
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Told of every message posted (chat.postMessage), as it is stored. */
    public void onPost(java.util.function.Consumer<ObjectNode> listener) {
        this.onPost = listener;
    }

    /** Waits until a call of {@code method} matching {@code test} arrives. */
    public Call await(String method, Predicate<Call> test, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Call c : calls()) if (c.method().equals(method) && test.test(c)) return c;
            Thread.sleep(10);
        }
        throw new AssertionError("no " + method + " call matched within " + timeout + "; calls: " + calls);
    }

    /** Socket Mode connections opened so far (a restarted bot opens new ones). */
    public int connectionsOpened() {
        return opened.get();
    }

    /** Open Socket Mode connections now. */
    public int connectionsOpen() {
        return sockets.getConnections().size();
    }

    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!sockets.getConnections().isEmpty() && sockets.helloSent) return true;
            Thread.sleep(10);
        }
        return false;
    }

    /** Sends a Socket Mode envelope; returns its id. */
    public String send(String type, JsonNode payload) {
        String id = "env-" + envelopes.incrementAndGet();
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("envelope_id", id);
        envelope.put("type", type);
        envelope.put("accepts_response_payload", false);
        envelope.set("payload", payload);
        sentAt.put(id, System.nanoTime());
        List<WebSocket> open = new ArrayList<>(sockets.getConnections());
        if (spread && !open.isEmpty()) {
            // Like Slack with several connections: each envelope goes to one of them.
            send(open.get(Math.floorMod(envelopes.get(), open.size())), envelope.toString());
        } else {
            for (WebSocket ws : open) send(ws, envelope.toString());
        }
        return id;
    }

    private static void send(WebSocket ws, String text) {
        try {
            ws.send(text);
        } catch (RuntimeException closed) {
            // a connection that just died (a killed bot): the envelope is not acked, and is sent again
        }
    }

    /** Each envelope to one connection (round robin), as Slack spreads events over an app's connections. */
    public void spreadOverConnections() {
        spread = true;
    }

    public String event(String eventId, JsonNode event) {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", "t");
        p.put("team_id", "T1");
        p.put("api_app_id", "A1");
        p.put("type", "event_callback");
        p.put("event_id", eventId);
        p.put("event_time", 1_795_500_000);
        p.set("event", event);
        return send("events_api", p);
    }

    /** Milliseconds from sending an envelope to its ack, or -1 if not acked (yet). */
    public double ackMillis(String envelopeId) {
        Long a = ackedAt.get(envelopeId);
        Long s = sentAt.get(envelopeId);
        return a == null || s == null ? -1 : (a - s) / 1e6;
    }

    public boolean acked(String envelopeId) {
        return ackedAt.containsKey(envelopeId);
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestURI().getPath().substring("/api/".length());
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = new HashMap<>();
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.contains("json") && !body.isBlank()) {
            JSON.readTree(body).fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
        } else if (!body.isBlank()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.put(k, v);
            }
        }
        Fault f = fault;
        boolean hung = false;
        if (f != null && f.hits(method)) {
            switch (f.kind()) {
                case "500" -> {
                    calls.add(new Call(method, params));
                    respond(ex, 500, "{\"ok\":false,\"error\":\"internal\"}");
                    return;
                }
                case "429" -> {
                    calls.add(new Call(method, params));
                    ex.getResponseHeaders().add("Retry-After", "1");
                    respond(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                    return;
                }
                default -> {
                    // Stuck until the end of the outage, then worked through in the order the calls came.
                    hung = true;
                    long turn = hungArrivals.getAndIncrement();
                    sleep(Math.max(0, f.until() - System.currentTimeMillis()));
                    synchronized (hungArrivals) {
                        while (hungDone.get() < turn) {
                            try {
                                hungArrivals.wait(50);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                break;
                            }
                        }
                    }
                }
            }
        }
        if (socketDown && method.equals("apps.connections.open")) {
            calls.add(new Call(method, params));
            respond(ex, 200, "{\"ok\":false,\"error\":\"service_unavailable\"}");
            return;
        }
        Integer limited = rateLimits.computeIfPresent(method, (k, v) -> v - 1);
        if (limited != null && limited >= 0) {
            calls.add(new Call(method, params));
            ex.getResponseHeaders().add("Retry-After", "1");
            respond(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        String answer;
        try {
            answer = answer(method, params);
        } finally {
            if (hung) {
                synchronized (hungArrivals) {
                    hungDone.incrementAndGet();
                    hungArrivals.notifyAll();
                }
            }
        }
        // The ts Slack gave a posted message, so tests can reply in its thread like a person would.
        JsonNode answered = JSON.readTree(answer);
        if (answered.has("ts")) params.put(POSTED_TS, answered.get("ts").asText());
        calls.add(new Call(method, params));
        respond(ex, 200, answer);
    }

    private String answer(String method, Map<String, String> p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ok", true);
        switch (method) {
            case "auth.test" -> {
                o.put("url", "https://acme.slack.com/");
                o.put("team", "Acme");
                o.put("user", "frontline");
                o.put("team_id", "T1");
                o.put("user_id", "UBOT");
                o.put("bot_id", "BBOT");
            }
            case "apps.connections.open" -> o.put("url", "ws://127.0.0.1:" + sockets.getPort() + "/link");
            case "chat.postMessage" -> {
                String channel = p.getOrDefault("channel", "");
                String ts = nextTs();
                o.put("channel", channel);
                o.put("ts", ts);
                ObjectNode m = JSON.createObjectNode();
                m.put("ts", ts);
                if (p.get("thread_ts") != null) m.put("thread_ts", p.get("thread_ts"));
                m.put("text", p.getOrDefault("text", ""));
                if (p.get("metadata") != null) {
                    try {
                        m.set("metadata", JSON.readTree(p.get("metadata")));
                    } catch (IOException e) {
                        m.put("metadata_unreadable", p.get("metadata"));
                    }
                }
                posted.computeIfAbsent(channel, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(m);
                if (p.get("thread_ts") != null) {
                    inThreads.computeIfAbsent(channel + "/" + p.get("thread_ts"), k -> new CopyOnWriteArrayList<>()).add(m);
                }
                onPost.accept(m);
            }
            case "chat.update" -> {
                o.put("channel", p.getOrDefault("channel", ""));
                o.put("ts", p.get("ts"));
            }
            case "conversations.history", "conversations.replies" -> {
                String thread = method.equals("conversations.replies") ? p.get("ts") : null;
                var list = o.putArray("messages");
                for (ObjectNode m : posted(p.getOrDefault("channel", ""))) {
                    boolean inThread = thread != null && (thread.equals(m.path("thread_ts").asText(null)) || thread.equals(m.path("ts").asText()));
                    if (thread == null ? !m.has("thread_ts") : inThread) list.add(m);
                }
            }
            case "chat.postEphemeral" -> o.put("message_ts", nextTs());
            case "users.info" -> {
                ObjectNode user = o.putObject("user");
                String id = p.getOrDefault("user", "U");
                user.put("id", id);
                user.put("name", id.toLowerCase());
                user.put("real_name", "Real " + id);
                user.putObject("profile").put("display_name", id.equals("U0CUST0001") ? "Carol" : "");
            }
            case "views.open", "views.publish" -> o.putObject("view").put("id", "V1");
            default -> { }
        }
        return o.toString();
    }

    public String nextTs() {
        long v = ts.incrementAndGet();
        return (v / 1_000_000) + "." + String.format("%06d", v % 1_000_000);
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() throws Exception {
        http.stop(0);
        sockets.stop(1000);
    }

    /** The Socket Mode side: greets with hello, records acks. */
    private final class Sockets extends WebSocketServer {
        volatile boolean helloSent;

        Sockets() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            if (socketDown) {
                conn.close(1011, "fake outage");
                return;
            }
            opened.incrementAndGet();
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},\"connection_info\":{\"app_id\":\"A1\"}}");
            helloSent = true;
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode ack = JSON.readTree(message);
                if (ack.hasNonNull("envelope_id")) ackedAt.put(ack.get("envelope_id").asText(), System.nanoTime());
            } catch (IOException ignored) {
                // not an ack
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }

    public static void sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static List<String> texts(List<Call> calls) {
        List<String> out = new ArrayList<>();
        for (Call c : calls) out.add(c.get("text"));
        return out;
    }
}
