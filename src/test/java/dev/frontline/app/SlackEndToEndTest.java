package dev.frontline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontline.config.Secrets;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.platform.slack.SlackLauncher;
import dev.frontline.bench.FakeSlack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole bot on Slack: the real Bolt app (Socket Mode, Java-WebSocket) against {@link FakeSlack}
 * on 127.0.0.1, with the shipped config (Slack channel and user ids from bot-config/frontline.yaml).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEndToEndTest {
    static final String SUPPORT = "C0SUPPORT1";
    static final String OWNERS = "C0OWNERS01";
    static final String STAFF = "C0STAFF001";
    static final String CUSTOMER = "U0CUST0001";
    static final String AGENT = "U0AGENT001";
    static final String OWNER = "U0OWNER001";
    static final String CANDIDATE = "U0CAND0001";
    static final String TRIAL = "C0TRIAL001";
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    FakeSlack slack;
    AppContext ctx;
    BotRuntime runtime;
    PlatformLaunchers.Connected running;
    Path data;

    @BeforeAll
    void start() throws Exception {
        slack = new FakeSlack();
        data = Files.createTempDirectory("frontline-slack");
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("bot-config");
        options.macros = Path.of("macros");
        options.data = data;
        ctx = AppContexts.open(options, Secrets.from(Map.of()));
        runtime = BotRuntime.create(ctx, java.util.List.of("slack"), java.time.Clock.systemUTC(), 4);
        running = PlatformLaunchers.connectSlack(ctx, runtime, "xoxb-test", "xapp-test", null, slack.apiUrl(), null);
        assertTrue(slack.awaitConnected(WAIT), "Socket Mode connected");
    }

    @AfterAll
    void stop() throws Exception {
        running.connection().close();
        runtime.close();
        slack.close();
        ctx.close();
    }

    private String customerSays(String eventId, String ts, String thread, String text) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "message");
        e.put("channel", SUPPORT);
        e.put("user", CUSTOMER);
        e.put("text", text);
        e.put("ts", ts);
        if (thread != null) e.put("thread_ts", thread);
        e.put("channel_type", "channel");
        return slack.event(eventId, e);
    }

    private Ticket ticketAt(String ts) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < end) {
            var t = ctx.tickets().findByPlace(new Place("slack", SUPPORT, ts));
            if (t.isPresent()) return t.get();
            Thread.sleep(20);
        }
        throw new AssertionError("no ticket for " + ts);
    }

    private void command(String user, String text, String trigger) {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", "t");
        p.put("team_id", "T1");
        p.put("channel_id", SUPPORT);
        p.put("user_id", user);
        p.put("command", "/frontline");
        p.put("text", text);
        p.put("trigger_id", trigger);
        p.put("response_url", "http://127.0.0.1:1/unused");
        slack.send("slash_commands", p);
    }

    private void click(String user, String actionId, String channel, String messageTs) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_actions");
        p.putObject("user").put("id", user);
        p.put("trigger_id", "trig-" + user + messageTs);
        p.putObject("team").put("id", "T1");
        p.putObject("channel").put("id", channel);
        ObjectNode container = p.putObject("container");
        container.put("type", "message");
        container.put("message_ts", messageTs);
        container.put("channel_id", channel);
        p.putObject("message").put("ts", messageTs).put("text", "card");
        ObjectNode action = p.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", "b1");
        action.put("type", "button");
        action.put("value", actionId);
        action.put("action_ts", "1795500000.000001");
        slack.send("interactive", p);
    }

    @Test
    void aCustomerMessageGetsAnAcknowledgementInItsThreadAndStaffOnlySuggestions() throws Exception {
        String ts = "1795500001.000100";
        customerSays("Ev-login", ts, null, "Hi, I can't log in, it says my password is wrong");

        FakeSlack.Call ack = slack.await("chat.postMessage", c -> SUPPORT.equals(c.get("channel")) && ts.equals(c.get("thread_ts")), WAIT);
        assertTrue(ack.get("text").startsWith("Thanks Carol, we've got your message"), ack.get("text"));
        Ticket t = ticketAt(ts);
        FakeSlack.Call suggestions = slack.await("chat.postMessage", c -> c.get("text") != null
                && c.get("text").startsWith("Suggested replies for " + t.ref() + ":"), WAIT);
        assertEquals(STAFF, suggestions.get("channel"), "suggestions go to the staff channel, never the customer's thread");
        assertTrue(suggestions.get("text").contains("https://acme.slack.com/archives/" + SUPPORT + "/p1795500001000100"), "with a link to the ticket");
        assertTrue(suggestions.get("blocks").contains("sug:"), "with send buttons");
        assertFalse(slack.calls("chat.postMessage").stream().anyMatch(c -> SUPPORT.equals(c.get("channel"))
                && c.get("text").contains("Suggested")), "nothing staff-only in the ticket channel");
    }

    @Test
    void aRetriedEventIsHandledOnce() throws Exception {
        String ts = "1795500002.000100";
        String first = customerSays("Ev-retry", ts, null, "Where is my order?");
        ticketAt(ts);
        String retry = customerSays("Ev-retry", ts, null, "Where is my order?");
        // A later message in the same thread is handled after both deliveries: once its suggestions are out, so is everything before.
        Ticket t = ticketAt(ts);
        customerSays("Ev-retry-sentinel", "1795500002.000200", ts, "sentinel: where is my order?");
        slack.await("chat.postMessage", c -> c.get("text") != null && c.get("text").startsWith("Suggested replies for " + t.ref())
                && slack.calls("chat.postMessage").stream().filter(x -> x.get("text") != null
                && x.get("text").startsWith("Suggested replies for " + t.ref())).count() == 2, WAIT);

        assertTrue(slack.acked(first) && slack.acked(retry), "both deliveries are acked");
        long acks = slack.calls("chat.postMessage").stream().filter(c -> ts.equals(c.get("thread_ts")) && c.get("text").startsWith("Thanks Carol")).count();
        assertEquals(1, acks, "one acknowledgement for one ticket: " + slack.calls("chat.postMessage").stream()
                .filter(c -> ts.equals(c.get("thread_ts"))).map(c -> c.get("text")).toList());
        assertEquals(2, ctx.tickets().history(ticketAt(ts).id()).size(), "the message once, and the sentinel");
    }

    @Test
    void customerTextCannotPingOrFakeALink() throws Exception {
        String ts = "1795500003.000100";
        customerSays("Ev-ping", ts, null, "<!channel> <@U0OWNER001> see <http://evil.example|your invoice> I will file a chargeback");
        Ticket t = ticketAt(ts);

        FakeSlack.Call flag = slack.await("chat.postMessage", c -> c.get("text") != null && c.get("text").contains("must be escalated")
                && c.get("text").contains("#" + t.id()), WAIT);
        assertEquals(STAFF, flag.get("channel"));
        command(AGENT, "escalate #" + t.id(), "trig-esc");
        FakeSlack.Call modal = slack.await("views.open", c -> "trig-esc".equals(c.get("trigger_id")), WAIT);
        String asked = JSON.readTree(modal.get("view")).get("blocks").get(1).get("element").get("initial_value").asText();
        assertTrue(asked.startsWith("<!channel> <@U0OWNER001>"), "the agent edits the customer's words as typed: " + asked);
        submit(JSON.readTree(modal.get("view")));

        FakeSlack.Call card = slack.await("chat.postMessage", c -> OWNERS.equals(c.get("channel")) && c.get("blocks") != null
                && c.get("blocks").contains("evil.example"), WAIT);
        String shown = JSON.readTree(card.get("blocks")).toString();
        assertTrue(shown.contains("&lt;!channel&gt; &lt;@U0OWNER001&gt; see &lt;http://evil.example|your invoice&gt;"), shown);
        assertFalse(shown.contains("<!channel>") || shown.contains("<@U0OWNER001>") || shown.contains("<http://evil"), shown);
    }

    /** Submits a modal the bot opened, with its pre-filled values, as the agent. */
    private void submit(com.fasterxml.jackson.databind.JsonNode modal) {
        ObjectNode submission = JSON.createObjectNode();
        submission.put("type", "view_submission");
        submission.putObject("user").put("id", AGENT);
        submission.putObject("team").put("id", "T1");
        ObjectNode v = submission.putObject("view");
        v.put("id", "V1");
        v.put("type", "modal");
        v.put("callback_id", modal.get("callback_id").asText());
        v.put("private_metadata", modal.get("private_metadata").asText());
        ObjectNode values = v.putObject("state").putObject("values");
        for (var block : modal.get("blocks")) {
            String prefill = block.get("element").path("initial_value").asText("");
            values.putObject(block.get("block_id").asText()).putObject("value").put("type", "plain_text_input").put("value", prefill);
        }
        slack.send("interactive", submission);
    }

    @Test
    void escalateOpensAPrefilledModalAndSendsACompleteCardThatOnlyTheOwnerCanDecide() throws Exception {
        String ts = "1795500004.000100";
        customerSays("Ev-cb", ts, null, "Refund me today or I am filing a chargeback with my bank");
        Ticket t = ticketAt(ts);
        slack.await("chat.postMessage", c -> c.get("text") != null && c.get("text").contains("must be escalated") && c.get("text").contains(t.ref()), WAIT);

        command(AGENT, "escalate #" + t.id(), "trig-cb");
        String view = slack.await("views.open", c -> "trig-cb".equals(c.get("trigger_id")), WAIT).get("view");
        var modal = JSON.readTree(view);
        assertEquals("esc:new:" + t.id(), modal.get("callback_id").asText());
        submit(modal);

        FakeSlack.Call card = slack.await("chat.postMessage", c -> OWNERS.equals(c.get("channel")) && c.get("blocks") != null
                && c.get("blocks").contains("chargeback on " + t.ref() + "\""), WAIT);
        String blocks = card.get("blocks");
        for (String part : List.of("Customer asked", "Refund me today or I am filing a chargeback", "Tried so far", "Option 1", "Option 2",
                "esc:", ":approve:1", ":deny", ":takeover", "https://acme.slack.com/archives/" + SUPPORT)) {
            assertTrue(blocks.contains(part), part + " in " + blocks);
        }
        String escId = blocks.replaceAll("(?s).*\"(esc:\\d+):approve:1\".*", "$1");
        String cardTs = awaitCardTs("esc-" + escId.substring(4));

        click(AGENT, escId + ":approve:1", OWNERS, cardTs);
        FakeSlack.Call no = slack.await("chat.postEphemeral", c -> AGENT.equals(c.get("user")) && c.get("text").contains("not allowed"), WAIT);
        assertEquals(OWNERS, no.get("channel"));

        int updatesBefore = slack.calls("chat.update").size();
        click(OWNER, escId + ":approve:1", OWNERS, cardTs);
        FakeSlack.Call update = slack.await("chat.update", c -> cardTs.equals(c.get("ts")), WAIT);
        assertEquals(OWNERS, update.get("channel"));
        // The card's lane handled the agent's click before the owner's: one update, the owner's.
        assertEquals(1, slack.calls("chat.update").stream().filter(c -> cardTs.equals(c.get("ts"))).count(), "a non-owner click changes nothing");
        assertTrue(update.get("blocks").contains("Olivia approved option 1"), update.get("blocks"));
        assertFalse(update.get("blocks").contains(":approve:"), "no buttons left");

        // The owner channel's one Pending decisions message: posted with the card, edited in place by the decision.
        String queueTs = awaitCardTs("pending-decisions");
        String decided = "*esc-" + escId.substring(4) + " ·";
        long end = System.currentTimeMillis() + WAIT.toMillis();
        boolean edited = false;
        while (!edited && System.currentTimeMillis() < end) {
            List<FakeSlack.Call> after = slack.calls("chat.update");
            edited = after.subList(updatesBefore, after.size()).stream().anyMatch(c -> queueTs.equals(c.get("ts")) && OWNERS.equals(c.get("channel"))
                    && c.get("blocks").contains("Pending decisions") && !c.get("blocks").contains(decided));
            if (!edited) Thread.sleep(20);
        }
        assertTrue(edited, "the decision edits the Pending decisions message in place, without the decided card");
        assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> c.get("text") != null
                && c.get("text").startsWith("Pending decisions")).count(), "posted once, then only edited");
    }

    /** The message ts Slack gave the card, as the platform remembered it. */
    private String awaitCardTs(String cardId) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < end) {
            var ref = ctx.cardRefs().find("slack", cardId);
            if (ref.isPresent()) return ref.get().messageId();
            Thread.sleep(20);
        }
        throw new AssertionError("card " + cardId + " was not remembered");
    }

    /** Slack has no "thread key" of ours: the sample ticket's thread is the card's message, found by its ts. */
    @Test
    void aCandidateWorksATrialTicketInTheThreadUnderItsSampleCard() throws Exception {
        command(OWNER, "trial start <@" + CANDIDATE + "|dana> Dana", "trig-trial");

        FakeSlack.Call card = slack.await("chat.postMessage", c -> TRIAL.equals(c.get("channel"))
                && c.get("text") != null && c.get("text").contains("Sample ticket 1 of"), WAIT);
        String cardTs = card.get(FakeSlack.POSTED_TS);
        slack.await("chat.postMessage", c -> TRIAL.equals(c.get("channel")) && cardTs.equals(c.get("thread_ts"))
                && c.get("text").startsWith("Thanks Jordan"), WAIT);
        Ticket ticket = ctx.tickets().findByPlace(new Place("slack", TRIAL, "trial-1-1")).orElseThrow();

        ObjectNode reply = JSON.createObjectNode();
        reply.put("type", "message");
        reply.put("channel", TRIAL);
        reply.put("user", CANDIDATE);
        reply.put("text", "Sorry about that! What does the error message say?");
        reply.put("ts", slack.nextTs());
        reply.put("thread_ts", cardTs);
        reply.put("channel_type", "channel");
        slack.event("Ev-trial-question", reply);
        slack.await("chat.postMessage", c -> cardTs.equals(c.get("thread_ts"))
                && c.get("text").startsWith("Jordan (simulated customer): It says 'incorrect password'"), WAIT);

        command(CANDIDATE, "macro send login-password-reset " + ticket.ref(), "trig-trial-macro");
        slack.await("chat.postMessage", c -> cardTs.equals(c.get("thread_ts")) && c.get("text").contains("reset"), WAIT);
        command(CANDIDATE, "resolve " + ticket.ref(), "trig-trial-resolve");
        slack.await("chat.postMessage", c -> TRIAL.equals(c.get("channel"))
                && c.get("text") != null && c.get("text").contains("Sample ticket 2 of"), WAIT);

        var history = ctx.tickets().history(ticket.id());
        assertTrue(history.stream().anyMatch(e -> e.type() == dev.frontline.core.model.EventType.AGENT_REPLY
                && CANDIDATE.equals(e.actorId()) && e.text().contains("What does the error message say")),
                "the candidate's thread reply is recorded on the sample ticket: " + history);
        assertEquals(dev.frontline.core.model.TicketStatus.RESOLVED, ctx.tickets().find(ticket.id()).orElseThrow().status());
    }

    @Test
    void aRateLimitIsWaitedOutAndTheMessageIsPostedOnce() throws Exception {
        slack.rateLimit("chat.postMessage", 1);
        String ts = "1795500005.000100";
        long start = System.nanoTime();
        customerSays("Ev-429", ts, null, "How do I invite my team?");

        slack.await("chat.postMessage", c -> ts.equals(c.get("thread_ts")) && c.get("text").startsWith("Thanks Carol")
                && slack.calls("chat.postMessage").stream().filter(x -> ts.equals(x.get("thread_ts")) && x.get("text").startsWith("Thanks Carol")).count() == 2, WAIT);
        long attempts = slack.calls("chat.postMessage").stream().filter(c -> ts.equals(c.get("thread_ts")) && c.get("text").startsWith("Thanks Carol")).count();
        assertEquals(2, attempts, "one rate-limited attempt, one that went through");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000, "waited for Retry-After");
    }

    @Test
    void acksStayFastUnderFiftyEventsASecond() throws Exception {
        List<String> envelopes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            envelopes.add(customerSays("Ev-load-" + i, "1795501000." + String.format("%06d", i), null, "load test message " + i));
            Thread.sleep(20);
        }
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end && !envelopes.stream().allMatch(slack::acked)) Thread.sleep(20);
        List<Double> ms = new ArrayList<>();
        for (String e : envelopes) ms.add(slack.ackMillis(e));
        assertTrue(ms.stream().allMatch(m -> m >= 0), "every event acked");
        Collections.sort(ms);
        double p50 = ms.get(49);
        double p99 = ms.get(98);
        System.out.printf("Slack ack latency through the fake, 100 events at 50/s: p50 %.1f ms, p99 %.1f ms%n", p50, p99);
    }
}
