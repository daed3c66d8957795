package dev.frontline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A Discord stand-in on 127.0.0.1 for end-to-end tests: REST over HTTP (records every call) and the
 * gateway WebSocket (HELLO, READY, a GUILD_CREATE with the channels of bot-config/frontline.yaml,
 * then whatever the test dispatches). The shapes follow what JDA 6 needs (see DESIGN.md).
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String GUILD = "300000000000000001";
    public static final String BOT = "900000000000000001";
    public static final String APP = "900000000000000002";
    public static final String SUPPORT = "200000000000000001";
    public static final String OWNERS = "200000000000000002";
    public static final String STAFF = "200000000000000004";
    private static final List<String[]> TEXT_CHANNELS = List.of(new String[]{SUPPORT, "support"}, new String[]{OWNERS, "owners"},
            new String[]{"200000000000000003", "team"}, new String[]{STAFF, "staff"}, new String[]{"200000000000000005", "trial"},
            new String[]{"200000000000000006", "tier2"}, new String[]{"200000000000000007", "tier3"},
            new String[]{"200000000000000008", "security"});
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIME = "2026-11-24T09:00:00.000000+00:00";

    /** One REST call: HTTP method, path after /api/v10/, and the JSON body (payload_json for uploads). */
    public record Call(String method, String path, JsonNode body) {}

    private final HttpServer http;
    private final Gateway gateway;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean guildSent;
    private final AtomicInteger identified = new AtomicInteger();

    public FakeDiscord() throws Exception {
        gateway = new Gateway();
        gateway.start();
        long deadline = System.currentTimeMillis() + 5000;
        while (gateway.getPort() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(10);
        // Answer at once: without TCP_NODELAY, Nagle and delayed ACKs add 40 ms to every small response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v10/", this::rest);
        http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "fake-discord-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    public boolean guildSent() {
        return guildSent;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public Call await(Predicate<Call> test, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Call c : calls) if (test.test(c)) return c;
            Thread.sleep(10);
        }
        throw new AssertionError("no matching REST call within " + timeout + "; calls: " + calls);
    }

    /** A snowflake for now: JDA reads creation times from ids (interactions expire after 15 minutes). */
    public String nextId() {
        long discordEpoch = 1_420_070_400_000L;
        return String.valueOf(((System.currentTimeMillis() - discordEpoch) << 22) | (ids.incrementAndGet() & 0x3FFFFF));
    }

    // ---- gateway dispatches -------------------------------------------------------------------

    /** Sends a dispatch to every gateway session (each replica of the bot holds one). */
    public void dispatch(String type, JsonNode data) {
        for (WebSocket ws : gateway.getConnections()) dispatchTo(ws, type, data);
    }

    private void dispatchTo(WebSocket ws, String type, JsonNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("op", 0);
        event.put("t", type);
        event.put("s", sequence.incrementAndGet());
        event.set("d", data);
        try {
            ws.send(event.toString());
        } catch (RuntimeException closed) {
            // a session that just died (a killed replica)
        }
    }

    /** Gateway sessions that identified so far. */
    public int sessionsIdentified() {
        return identified.get();
    }

    public static ObjectNode user(String id, String name, boolean bot) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id);
        u.put("username", name);
        u.put("global_name", name);
        u.put("discriminator", "0");
        u.putNull("avatar");
        u.put("bot", bot);
        u.put("public_flags", 0);
        return u;
    }

    public static ObjectNode member(ObjectNode user) {
        ObjectNode m = JSON.createObjectNode();
        if (user != null) m.set("user", user);
        m.putArray("roles");
        m.put("joined_at", TIME);
        m.put("deaf", false);
        m.put("mute", false);
        m.put("flags", 0);
        m.put("permissions", "8");
        return m;
    }

    /** A MESSAGE_CREATE from a person in a channel (or thread). */
    public String message(String channelId, String userId, String name, String content) {
        return message(nextId(), channelId, userId, name, content);
    }

    /** A MESSAGE_CREATE with a given id: the same message dispatched again (a resumed gateway session replays). */
    public String message(String id, String channelId, String userId, String name, String content) {
        ObjectNode m = message(id, channelId, user(userId, name, false), content);
        m.put("guild_id", GUILD);
        m.set("member", member(null));
        dispatch("MESSAGE_CREATE", m);
        return id;
    }

    static ObjectNode message(String id, String channelId, ObjectNode author, String content) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("channel_id", channelId);
        m.set("author", author);
        m.put("content", content);
        m.put("timestamp", TIME);
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        m.put("pinned", false);
        m.put("type", 0);
        m.put("flags", 0);
        return m;
    }

    private ObjectNode interaction(int type, String channelId, String userId, String name, ObjectNode data) {
        ObjectNode i = JSON.createObjectNode();
        String id = nextId();
        i.put("id", id);
        i.put("application_id", APP);
        i.put("type", type);
        i.put("token", "token-" + id);
        i.put("version", 1);
        i.put("guild_id", GUILD);
        i.put("channel_id", channelId);
        i.set("channel", textChannel(channelId, "channel"));
        ObjectNode guild = i.putObject("guild");
        guild.put("id", GUILD);
        guild.put("locale", "en-US");
        guild.putArray("features");
        i.set("member", member(user(userId, name, false)));
        i.set("data", data);
        i.put("locale", "en-US");
        i.put("guild_locale", "en-US");
        i.put("app_permissions", "8");
        i.putObject("authorizing_integration_owners").put("0", GUILD);
        i.put("context", 0);
        i.putArray("entitlements");
        i.put("attachment_size_limit", 10_000_000);
        return i;
    }

    /** A slash command interaction with one "args" option. */
    public void slash(String channelId, String userId, String name, String command, String args) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", "700000000000000001");
        data.put("name", command);
        data.put("type", 1);
        data.put("guild_id", GUILD);
        if (args != null) {
            ObjectNode opt = data.putArray("options").addObject();
            opt.put("name", "args");
            opt.put("type", 3);
            opt.put("value", args);
        }
        dispatch("INTERACTION_CREATE", interaction(2, channelId, userId, name, data));
    }

    /** A button click on a message the bot posted. */
    public void button(String channelId, String messageId, String userId, String name, String customId) {
        ObjectNode data = JSON.createObjectNode();
        data.put("custom_id", customId);
        data.put("component_type", 2);
        ObjectNode i = interaction(3, channelId, userId, name, data);
        i.set("message", message(messageId, channelId, user(BOT, "frontline", true), "card"));
        dispatch("INTERACTION_CREATE", i);
    }

    /** A modal submission: each field as a label component holding a text input. */
    public void modal(String channelId, String userId, String name, String modalId, JsonNode values) {
        ObjectNode data = JSON.createObjectNode();
        data.put("custom_id", modalId);
        ArrayNode components = data.putArray("components");
        int n = 1;
        var fields = values.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            ObjectNode label = components.addObject();
            label.put("type", 18);
            label.put("id", n++);
            ObjectNode input = label.putObject("component");
            input.put("type", 4);
            input.put("id", n++);
            input.put("custom_id", f.getKey());
            input.put("value", f.getValue().asText());
        }
        dispatch("INTERACTION_CREATE", interaction(5, channelId, userId, name, data));
    }

    // ---- REST ---------------------------------------------------------------------------------

    private void rest(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/api/v10/".length());
        String method = ex.getRequestMethod();
        byte[] raw = ex.getRequestBody().readAllBytes();
        JsonNode body = parseBody(ex.getRequestHeaders().getFirst("Content-Type"), new String(raw, StandardCharsets.UTF_8));
        calls.add(new Call(method, path, body));
        String[] p = path.split("/");
        if (method.equals("GET") && path.equals("users/@me")) {
            respond(ex, 200, user(BOT, "frontline", true).toString());
        } else if (method.equals("PUT") && path.startsWith("applications/")) {
            respond(ex, 200, "[]");
        } else if (method.equals("POST") && p[0].equals("channels") && p.length == 3 && p[2].equals("messages")) {
            respond(ex, 200, echo(nextId(), p[1], body).toString());
        } else if (method.equals("PATCH") && p[0].equals("channels") && p.length == 4) {
            respond(ex, 200, echo(p[3], p[1], body).toString());
        } else if (method.equals("POST") && p[0].equals("channels") && p.length == 5 && p[4].equals("threads")) {
            ObjectNode thread = thread(p[3], p[1]);
            respond(ex, 201, thread.toString());
            // Like Discord: every session of the bot hears of the new thread.
            dispatch("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        } else if (method.equals("POST") && p[0].equals("interactions")) {
            ex.sendResponseHeaders(204, -1);
            ex.close();
        } else if (method.equals("POST") && p[0].equals("webhooks")) {
            respond(ex, 200, echo(nextId(), SUPPORT, body).toString());
        } else if (method.equals("PATCH") && p[0].equals("webhooks")) {
            respond(ex, 200, echo(nextId(), SUPPORT, body).toString());
        } else if (method.equals("POST") && path.equals("users/@me/channels")) {
            ObjectNode dm = JSON.createObjectNode();
            dm.put("id", nextId());
            dm.put("type", 1);
            dm.putArray("recipients").add(user(body.path("recipient_id").asText("0"), "someone", false));
            respond(ex, 200, dm.toString());
        } else {
            respond(ex, 404, "{\"message\":\"Unknown route\",\"code\":0}");
        }
    }

    private static JsonNode parseBody(String contentType, String text) throws IOException {
        if (text.isBlank()) return JSON.createObjectNode();
        if (contentType != null && contentType.startsWith("multipart/")) {
            int at = text.indexOf("name=\"payload_json\"");
            if (at < 0) return JSON.createObjectNode();
            int start = text.indexOf("\r\n\r\n", at) + 4;
            int end = text.indexOf("\r\n--", start);
            return JSON.readTree(text.substring(start, end));
        }
        return JSON.readTree(text);
    }

    /** The message Discord would return for a post or edit: the request, with ids and author. */
    private static ObjectNode echo(String id, String channelId, JsonNode request) {
        ObjectNode m = message(id, channelId, user(BOT, "frontline", true), request.path("content").asText(""));
        if (request.has("embeds")) {
            ArrayNode embeds = m.putArray("embeds");
            for (JsonNode e : request.get("embeds")) embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
        }
        if (request.has("components")) m.set("components", request.get("components"));
        return m;
    }

    private static ObjectNode textChannel(String id, String name) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id);
        c.put("type", 0);
        c.put("guild_id", GUILD);
        c.put("name", name);
        c.put("position", 0);
        c.putArray("permission_overwrites");
        c.put("nsfw", false);
        c.put("rate_limit_per_user", 0);
        c.putNull("parent_id");
        c.put("flags", 0);
        return c;
    }

    public static ObjectNode thread(String id, String parentId) {
        ObjectNode t = JSON.createObjectNode();
        t.put("id", id);
        t.put("type", 11);
        t.put("guild_id", GUILD);
        t.put("parent_id", parentId);
        t.put("owner_id", BOT);
        t.put("name", "Ticket");
        t.put("member_count", 1);
        t.put("message_count", 1);
        t.put("total_message_sent", 1);
        t.put("rate_limit_per_user", 0);
        t.put("flags", 0);
        ObjectNode meta = t.putObject("thread_metadata");
        meta.put("archived", false);
        meta.put("auto_archive_duration", 1440);
        meta.put("archive_timestamp", TIME);
        meta.put("locked", false);
        meta.put("invitable", true);
        return t;
    }

    private ObjectNode guild() {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", GUILD);
        g.put("name", "Acme Support");
        g.putNull("icon");
        g.put("owner_id", "100000000000000001");
        g.put("afk_timeout", 300);
        g.putNull("afk_channel_id");
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.put("mfa_level", 0);
        g.put("nsfw_level", 0);
        g.put("premium_tier", 0);
        g.put("premium_subscription_count", 0);
        g.put("preferred_locale", "en-US");
        g.putNull("system_channel_id");
        g.put("system_channel_flags", 0);
        g.putArray("features");
        ObjectNode everyone = g.putArray("roles").addObject();
        everyone.put("id", GUILD);
        everyone.put("name", "@everyone");
        everyone.put("color", 0);
        ObjectNode colors = everyone.putObject("colors");
        colors.put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        everyone.put("hoist", false);
        everyone.put("position", 0);
        everyone.put("permissions", "8");
        everyone.put("managed", false);
        everyone.put("mentionable", false);
        everyone.put("flags", 0);
        g.putArray("emojis");
        g.putArray("stickers");
        ArrayNode channels = g.putArray("channels");
        for (String[] c : TEXT_CHANNELS) channels.add(textChannel(c[0], c[1]));
        g.putArray("threads");
        g.putArray("members").add(member(user(BOT, "frontline", true)));
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("guild_scheduled_events");
        g.put("member_count", 5);
        g.put("large", false);
        g.put("unavailable", false);
        g.put("joined_at", TIME);
        return g;
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() throws Exception {
        http.stop(0);
        gateway.stop(1000);
    }

    private final class Gateway extends WebSocketServer {
        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode m = JSON.readTree(message);
                int op = m.path("op").asInt();
                if (op == 1) {
                    conn.send("{\"op\":11}");
                } else if (op == 2) {
                    ObjectNode ready = JSON.createObjectNode();
                    ready.put("v", 10);
                    ready.set("user", user(BOT, "frontline", true));
                    ready.putArray("guilds").addObject().put("id", GUILD).put("unavailable", true);
                    ready.put("session_id", "session-1");
                    ready.put("resume_gateway_url", gatewayUrl());
                    ready.putObject("application").put("id", APP).put("flags", 0);
                    ready.putArray("private_channels");
                    ready.putArray("relationships");
                    ready.putObject("user_settings");
                    ready.putArray("presences");
                    // Only the session that identified gets its READY and guild, like Discord.
                    dispatchTo(conn, "READY", ready);
                    dispatchTo(conn, "GUILD_CREATE", guild());
                    guildSent = true;
                    identified.incrementAndGet();
                }
            } catch (IOException ignored) {
                // not JSON: ignore, like Discord would close; keep the fake simple
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }
}
