package dev.frontline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.bench.FakeSlack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static dev.frontline.app.SlackHarness.AGENT;
import static dev.frontline.app.SlackHarness.STAFF;
import static dev.frontline.app.SlackHarness.SUPPORT;
import static dev.frontline.app.SlackHarness.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing lost, nothing twice, on Slack through the real Bolt app: repeated deliveries (Slack's
 * retries, a second envelope, a double-click, a restart in between), two events on one ticket at
 * once, and outages of the Web API (500s, 429s, a hang).
 */
class SlackReliabilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong TS = new AtomicLong(1_795_600_000_000_000L);

    @TempDir
    Path data;
    FakeSlack slack;
    SlackHarness bot;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        bot = new SlackHarness(slack, data);
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        slack.close();
    }

    private static String ts() {
        long v = TS.incrementAndGet();
        return (v / 1_000_000) + "." + String.format("%06d", v % 1_000_000);
    }

    private long acknowledgements(String ts) {
        return bot.postsStarting(SUPPORT, ts, "Thanks Carol");
    }

    /** Waits until the lane of a ticket has handled everything sent before: a thread reply, then its suggestions. */
    private void sentinel(Ticket t) throws InterruptedException {
        String marker = "sentinel " + ts();
        bot.customerSays("Ev-" + marker, ts(), t.place().thread(), marker + " where is my order");
        awaitTrue(() -> bot.ctx.tickets().history(t.id()).stream().anyMatch(e -> marker.equals(e.text() == null ? null
                : e.text().substring(0, Math.min(e.text().length(), marker.length())))), "the sentinel on " + t.ref());
        awaitTrue(() -> slack.posted(STAFF).stream().filter(m -> m.path("text").asText().startsWith("Suggested replies for " + t.ref())).count()
                >= 2, "the sentinel's suggestions");
    }

    private static long customerMessages(List<TicketEvent> history) {
        return history.stream().filter(e -> e.type() == EventType.CUSTOMER_MESSAGE).count();
    }

    @Test
    void anEventDeliveredFourTimesHasOneEffectAlsoAcrossARestart() throws Exception {
        // Slack's retries: the same event id four times.
        String a = ts();
        List<String> envelopes = new ArrayList<>();
        for (int i = 0; i < 4; i++) envelopes.add(bot.customerSays("Ev-same", a, null, "How do I invite my team?"));
        // A second event id for the same message (Slack sends message events under several subscriptions).
        String b = ts();
        for (int i = 0; i < 4; i++) envelopes.add(bot.customerSays("Ev-b-" + i, b, null, "Where is my invoice?"));
        Ticket ta = bot.ticketAt(a);
        Ticket tb = bot.ticketAt(b);
        // The same slash command envelope four times (one trigger id), and a double-click on Send 1 (the first button).
        for (int i = 0; i < 4; i++) bot.command(AGENT, "tag " + ta.ref() + " onboarding", "trig-tag-once");
        ObjectNode suggestion = SlackHarness.until(() -> slack.posted(STAFF).stream().filter(m -> m.path("text").asText()
                .startsWith("Suggested replies for " + tb.ref())).findFirst(), "suggestions for " + tb.ref());
        String send1 = slack.calls("chat.postMessage").stream().filter(c -> c.get("text") != null && c.get("text").startsWith("Suggested replies for " + tb.ref()))
                .map(c -> c.get("blocks").replaceAll("(?s).*?\"action_id\":\"(sug:[^\"]+)\".*", "$1")).findFirst().orElseThrow();
        slack.send("interactive", SlackHarness.clickPayload(AGENT, send1, STAFF, suggestion.path("ts").asText(), "trig-click-1"));
        slack.send("interactive", SlackHarness.clickPayload(AGENT, send1, STAFF, suggestion.path("ts").asText(), "trig-click-2"));
        sentinel(ta);
        sentinel(tb);
        awaitTrue(() -> envelopes.stream().allMatch(slack::acked), "every delivery acknowledged");

        // Restart, then Slack redelivers the first message once more.
        bot.stop();
        bot.start();
        String again = bot.customerSays("Ev-same", a, null, "How do I invite my team?");
        awaitTrue(() -> slack.acked(again), "the redelivery after the restart is acknowledged");
        sentinel(ta);

        assertEquals(1, acknowledgements(a), "one acknowledgement for four deliveries and a restart");
        assertEquals(1, acknowledgements(b), "one acknowledgement for one message under four event ids");
        assertEquals(1, bot.ctx.tickets().history(ta.id()).stream().filter(e -> e.type() == EventType.CUSTOMER_MESSAGE
                && "How do I invite my team?".equals(e.text())).count(), "the message is stored once");
        assertEquals(1, bot.ctx.tickets().history(ta.id()).stream().filter(e -> e.type() == EventType.TAG_ADDED).count());
        assertEquals(1, slack.posted(STAFF).stream().filter(m -> m.path("text").asText().startsWith("Ticket " + ta.ref() + " tags:")).count(),
                "one tag note for one command delivered four times");
        long macroReplies = bot.ctx.tickets().history(tb.id()).stream().filter(e -> e.type() == EventType.MACRO_USED).count();
        assertEquals(1, macroReplies, "a double-click sends one macro");
        assertEquals(1, slack.posted(SUPPORT).stream().filter(m -> tb.place().thread().equals(m.path("thread_ts").asText(null))
                && !m.path("text").asText().startsWith("Thanks Carol")).count(), "the customer got the macro once");
    }

    @Test
    void twoEventsOnOneTicketAtOnceLoseNothingInAHundredRounds() throws Exception {
        String first = ts();
        bot.customerSays("Ev-race-open", first, null, "I need help with my account");
        Ticket t = bot.ticketAt(first);
        List<String> tops = new ArrayList<>();
        for (int round = 0; round < 100; round++) {
            // Two agents tag the same ticket at the same moment.
            bot.command(AGENT, "tag " + t.ref() + " a" + round, "trig-a-" + round);
            bot.command("U0AGENT002", "tag " + t.ref() + " b" + round, "trig-b-" + round);
            // A customer's new message and their quick follow-up in its thread.
            String top = ts();
            tops.add(top);
            bot.customerSays("Ev-top-" + round, top, null, "new problem " + round);
            bot.customerSays("Ev-reply-" + round, ts(), top, "more detail " + round);
        }
        awaitTrue(() -> bot.ctx.tickets().find(t.id()).orElseThrow().tags().size() == 200, "200 tags on " + t.ref());
        for (String top : tops) {
            Ticket opened = bot.ticketAt(top);
            awaitTrue(() -> customerMessages(bot.ctx.tickets().history(opened.id())) == 2, "both messages on " + opened.ref());
        }
        assertFalse(slack.calls().stream().anyMatch(c -> String.valueOf(c.get("text")).contains("something went wrong")),
                "nobody was told something went wrong");
        assertEquals(200, bot.ctx.tickets().history(t.id()).stream().filter(e -> e.type() == EventType.TAG_ADDED).count());
    }

    /**
     * The probes' outages, each on its own bot and fake Slack, at the same time: chat.postMessage
     * answers 500 for 15 s; 429 for 20 s; hangs for 20 s, longer than the client waits
     * (10 s), and is carried out late, after the client gave up (the outbox checks before posting again).
     */
    @Test
    void repliesAreDeliveredOnceThroughFiveHundredsRateLimitsAndAHang() throws Exception {
        List<java.util.concurrent.Callable<String>> outages = List.of(
                () -> outage(s -> s.failFor("chat.postMessage", Duration.ofSeconds(15)), "500s"),
                () -> outage(s -> s.rateLimitFor("chat.postMessage", Duration.ofSeconds(20)), "429s"),
                () -> outage(s -> s.hangFor("chat.postMessage", Duration.ofSeconds(20)), "hang"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            for (var result : pool.invokeAll(outages)) assertEquals("ok", result.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Ten customers write during the outage; afterwards each is acknowledged exactly once. */
    private String outage(java.util.function.Consumer<FakeSlack> start, String name) throws Exception {
        try (FakeSlack fake = new FakeSlack(); SlackHarness own = new SlackHarness(fake, Files.createTempDirectory(data, name))) {
            start.accept(fake);
            List<String> threads = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String ts = ts();
                own.customerSays("Ev-" + ts, ts, null, "during the " + name + " " + i);
                threads.add(ts);
            }
            long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < end && !threads.stream().allMatch(ts -> own.postsStarting(SUPPORT, ts, "Thanks Carol") >= 1)) {
                Thread.sleep(50);
            }
            own.runtime.sender("slack").orElseThrow().drain(Duration.ofSeconds(30));
            for (String ts : threads) assertEquals(1, own.postsStarting(SUPPORT, ts, "Thanks Carol"), name + ": one acknowledgement in " + ts);
            if (name.equals("hang")) {
                assertTrue(fake.calls("conversations.replies").size() + fake.calls("conversations.history").size() > 0,
                        "hang: posts timed out and were checked for before any new attempt");
            } else {
                assertTrue(fake.calls("chat.postMessage").size() > fake.posted(SUPPORT).size() + fake.posted(STAFF).size(),
                        name + ": attempts failed on the way");
            }
            return "ok";
        }
    }

    private String customerWrites(String text) {
        String ts = ts();
        bot.customerSays("Ev-" + ts, ts, null, text);
        return ts;
    }

    @Test
    void afterTwoHundredMalformedFramesANormalMessageIsStillAnswered() throws Exception {
        Random random = new Random(42);
        String[] types = {"events_api", "slash_commands", "interactive", "hello", "disconnect", "nonsense"};
        for (int i = 0; i < 200; i++) {
            ObjectNode payload = JSON.createObjectNode();
            switch (random.nextInt(6)) {
                case 0 -> payload.put("type", "event_callback").put("event_id", "Ev-fuzz-" + i).putObject("event").put("type", "message")
                        .put("channel", random.nextBoolean() ? SUPPORT : "").put("text", random.nextBoolean() ? null : "x".repeat(random.nextInt(5000)));
                case 1 -> payload.put("type", "block_actions").putArray("actions").addObject().put("action_id", "esc:" + random.nextInt());
                case 2 -> payload.put("command", "/frontline").put("text", "resolve #" + random.nextLong()).put("user_id", AGENT);
                case 3 -> payload.put("type", "view_submission").putObject("view").put("callback_id", "esc:new:zzz");
                case 4 -> payload.put("garbage", random.nextDouble());
                default -> payload.putArray("weird").add(1).add("two");
            }
            slack.send(types[random.nextInt(types.length)], payload);
        }
        String ts = customerWrites("After all that, can you help me log in?");
        awaitTrue(() -> acknowledgements(ts) == 1, "the normal message is answered");
    }
}
