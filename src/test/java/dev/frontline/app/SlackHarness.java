package dev.frontline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontline.config.Secrets;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.bench.FakeSlack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The whole bot on Slack in this JVM, against a {@link FakeSlack}, with the shipped config on a
 * data folder of the test's; can be stopped and started again on the same data (a restart). Also
 * builds the envelopes Slack would send, with the shipped config's ids.
 */
final class SlackHarness implements AutoCloseable {
    static final String SUPPORT = "C0SUPPORT1";
    static final String OWNERS = "C0OWNERS01";
    static final String STAFF = "C0STAFF001";
    static final String TEAM = "C0TEAM0001";
    static final String CUSTOMER = "U0CUST0001";
    static final String AGENT = "U0AGENT001";
    static final String OWNER = "U0OWNER001";
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeSlack slack;
    private final Path data;
    AppContext ctx;
    BotRuntime runtime;
    private PlatformLaunchers.Connected connected;

    SlackHarness(FakeSlack slack, Path data) throws Exception {
        this.slack = slack;
        this.data = data;
        start();
    }

    /** Starts the bot on the data folder (again, after {@link #stop}). */
    void start() throws Exception {
        System.setProperty("frontline.embedder", "lexical");
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("bot-config");
        options.macros = Path.of("macros");
        options.data = data;
        ctx = AppContexts.open(options, Secrets.from(Map.of()));
        runtime = BotRuntime.create(ctx, List.of("slack"), Clock.systemUTC(), 4);
        connected = PlatformLaunchers.connectSlack(ctx, runtime, "xoxb-test", "xapp-test", null, slack.apiUrl(), null);
        runtime.dispatcher().recover();
        if (!slack.awaitConnected(WAIT)) throw new AssertionError("Socket Mode did not connect");
    }

    /** Stops taking events, lets the lanes finish and the outbox flush, closes the database. */
    void stop() throws Exception {
        connected.connection().close();
        runtime.shutdown(Duration.ofSeconds(10), Duration.ofSeconds(10));
        ctx.close();
    }

    @Override
    public void close() throws Exception {
        stop();
        System.clearProperty("frontline.embedder");
    }

    String customerSays(String eventId, String ts, String thread, String text) {
        return slack.event(eventId, message(SUPPORT, CUSTOMER, ts, thread, text));
    }

    static ObjectNode message(String channel, String user, String ts, String thread, String text) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "message");
        e.put("channel", channel);
        e.put("user", user);
        e.put("text", text);
        e.put("ts", ts);
        if (thread != null) e.put("thread_ts", thread);
        e.put("channel_type", "channel");
        return e;
    }

    /** {@code /frontline <text>} from a user; returns the envelope id. */
    String command(String user, String text, String trigger) {
        return slack.send("slash_commands", commandPayload(user, text, trigger));
    }

    static ObjectNode commandPayload(String user, String text, String trigger) {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", "t");
        p.put("team_id", "T1");
        p.put("channel_id", SUPPORT);
        p.put("user_id", user);
        p.put("command", "/frontline");
        p.put("text", text);
        p.put("trigger_id", trigger);
        p.put("response_url", "http://127.0.0.1:1/unused");
        return p;
    }

    /** A button press on a message in the staff (or any) channel. */
    static ObjectNode clickPayload(String user, String actionId, String channel, String messageTs, String trigger) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_actions");
        p.putObject("user").put("id", user);
        p.put("trigger_id", trigger);
        p.putObject("team").put("id", "T1");
        p.putObject("channel").put("id", channel);
        ObjectNode container = p.putObject("container");
        container.put("type", "message");
        container.put("message_ts", messageTs);
        container.put("channel_id", channel);
        p.putObject("message").put("ts", messageTs).put("text", "note");
        ObjectNode action = p.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", "b1");
        action.put("type", "button");
        action.put("value", actionId);
        action.put("action_ts", "1795500000.000001");
        return p;
    }

    Ticket ticketAt(String ts) throws InterruptedException {
        return until(() -> ctx.tickets().findByPlace(new Place("slack", SUPPORT, ts)), "a ticket for " + ts);
    }

    /** Posts the bot made in {@code channel} (thread or top level) whose text starts with {@code prefix}. */
    long postsStarting(String channel, String thread, String prefix) {
        return slack.posted(channel).stream().filter(m -> (thread == null || thread.equals(m.path("thread_ts").asText(null)))
                && m.path("text").asText().startsWith(prefix)).count();
    }

    static <T> T until(Supplier<Optional<T>> probe, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            Optional<T> v = probe.get();
            if (v.isPresent()) return v.get();
            Thread.sleep(20);
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what);
    }

    static void awaitTrue(Supplier<Boolean> probe, String what) throws InterruptedException {
        until(() -> probe.get() ? Optional.of(true) : Optional.empty(), what);
    }
}
