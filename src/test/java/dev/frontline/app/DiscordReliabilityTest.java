package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontline.config.Secrets;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.testing.FakeDiscord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.frontline.app.SlackHarness.awaitTrue;
import static dev.frontline.app.SlackHarness.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discord through the real JDA: a message dispatched twice is one message; a hundred malformed
 * dispatches do not stop the listener; nothing the bot sends can ping anyone or show a
 * customer's masked link as a link; a customer named like a placeholder gets their macro.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordReliabilityTest {
    private static final String CUSTOMER = "100000000000000099";
    private static final String AGENT = "100000000000000003";
    private static final ObjectMapper JSON = new ObjectMapper();

    FakeDiscord discord;
    AppContext ctx;
    BotRuntime runtime;
    PlatformLaunchers.Connected connected;

    @BeforeAll
    void start() throws Exception {
        System.setProperty("frontline.embedder", "lexical");
        discord = new FakeDiscord();
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("bot-config");
        options.macros = Path.of("macros");
        options.data = Files.createTempDirectory("frontline-discord-rel");
        ctx = AppContexts.open(options, Secrets.from(Map.of()));
        runtime = BotRuntime.create(ctx, List.of("discord"), Clock.systemUTC(), 4);
        connected = PlatformLaunchers.connectDiscord(ctx, runtime, "test-token", discord.apiUrl(), discord.gatewayUrl(),
                Duration.ofSeconds(20), () -> { });
    }

    @AfterAll
    void stop() throws Exception {
        connected.connection().close();
        runtime.close();
        discord.close();
        ctx.close();
        System.clearProperty("frontline.embedder");
    }

    private Ticket ticket(String messageId) throws InterruptedException {
        return until(() -> ctx.tickets().findByPlace(new Place("discord", FakeDiscord.SUPPORT, messageId)), "a ticket for " + messageId);
    }

    private long acknowledgements(String messageId) {
        return discord.calls().stream().filter(c -> c.method().equals("POST") && c.path().equals("channels/" + messageId + "/messages")
                && c.body().path("content").asText().startsWith("Thanks carla")).count();
    }

    @Test
    void aMessageDispatchedTwiceIsHandledOnce() throws Exception {
        String id = discord.nextId();
        discord.message(id, FakeDiscord.SUPPORT, CUSTOMER, "carla", "How do I change my email address?");
        discord.message(id, FakeDiscord.SUPPORT, CUSTOMER, "carla", "How do I change my email address?");
        Ticket t = ticket(id);
        // A later message on the same ticket is handled after both: once it is, the duplicate was too.
        String later = discord.message(FakeDiscord.SUPPORT, CUSTOMER, "carla", "sentinel for the duplicate");
        awaitTrue(() -> ctx.tickets().findByPlace(new Place("discord", FakeDiscord.SUPPORT, later)).isPresent(), "the sentinel ticket");
        awaitTrue(() -> acknowledgements(id) >= 1 && acknowledgements(later) >= 1, "both acknowledged");
        runtime.sender("discord").orElseThrow().drain(Duration.ofSeconds(10));

        assertEquals(1, acknowledgements(id));
        assertEquals(1, ctx.tickets().history(t.id()).stream().filter(e -> e.type() == EventType.CUSTOMER_MESSAGE).count());
    }

    @Test
    void afterAHundredMalformedDispatchesANormalMessageIsAnswered() throws Exception {
        Random random = new Random(11);
        String[] types = {"MESSAGE_CREATE", "INTERACTION_CREATE", "THREAD_CREATE", "MESSAGE_UPDATE", "GUILD_CREATE", "NOPE"};
        for (int i = 0; i < 100; i++) {
            ObjectNode d = JSON.createObjectNode();
            switch (random.nextInt(5)) {
                case 0 -> d.put("id", "not-a-snowflake").put("channel_id", FakeDiscord.SUPPORT).put("content", "x");
                case 1 -> d.put("id", discord.nextId()).put("channel_id", FakeDiscord.SUPPORT).putNull("author");
                case 2 -> d.put("type", 2).putObject("data").put("name", "resolve");
                case 3 -> d.putArray("oops").add(random.nextInt());
                default -> d.put("id", discord.nextId()).put("channel_id", "999").put("content", "x".repeat(random.nextInt(3000)))
                        .set("author", FakeDiscord.user(discord.nextId(), "z", false));
            }
            discord.dispatch(types[random.nextInt(types.length)], d);
        }
        String id = discord.message(FakeDiscord.SUPPORT, CUSTOMER, "carla", "After the noise: I can't log in");
        ticket(id);
        awaitTrue(() -> acknowledgements(id) == 1, "the normal message is answered");
    }

    @Test
    void nothingTheBotSendsCanPingOrShowAFakeLink() throws Exception {
        String id = discord.message(FakeDiscord.SUPPORT, CUSTOMER, "mallory",
                "@everyone <@&123> see [your invoice](https://evil.example/pay) or I file a chargeback");
        Ticket t = ticket(id);
        FakeDiscord.Call flag = discord.await(c -> c.path().equals("channels/" + FakeDiscord.STAFF + "/messages")
                && c.body().path("content").asText().contains(t.ref() + " must be escalated"), SlackHarness.WAIT);
        discord.slash(FakeDiscord.SUPPORT, AGENT, "alex", "note", t.ref() + " customer wrote [your invoice](https://evil.example/pay)");
        FakeDiscord.Call note = discord.await(c -> c.path().equals("channels/" + FakeDiscord.STAFF + "/messages")
                && c.body().path("content").asText().startsWith("Note on " + t.ref()), SlackHarness.WAIT);
        assertTrue(note.body().path("content").asText().contains("\\[your invoice\\](https://evil.example/pay)"),
                "the brackets are escaped, so Discord shows them as typed: " + note.body());
        for (FakeDiscord.Call c : discord.calls()) {
            JsonNode body = c.path().startsWith("interactions/") ? c.body().path("data") : c.body();
            boolean createsAMessage = c.method().equals("POST") && (c.path().endsWith("/messages") || c.path().startsWith("webhooks/")
                    || c.path().startsWith("interactions/") && c.body().path("type").asInt() == 4);
            if (!createsAMessage) continue;
            assertTrue(body.path("allowed_mentions").path("parse").isArray() && body.path("allowed_mentions").path("parse").isEmpty(),
                    "no mentions parsed: " + c);
            assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(true), "no replied-user ping: " + c);
        }
        assertTrue(flag.body().path("content").asText().contains("chargeback"));
    }

    @Test
    void aCustomerNamedLikeAPlaceholderStillGetsTheirMacro() throws Exception {
        String id = discord.message(FakeDiscord.SUPPORT, CUSTOMER, "{{input.amount}}", "I can't log in, my password is wrong");
        Ticket t = ticket(id);
        discord.slash(FakeDiscord.SUPPORT, AGENT, "alex", "macro", "send login-password-reset " + t.ref());
        FakeDiscord.Call sent = discord.await(c -> c.method().equals("POST") && c.path().equals("channels/" + id + "/messages")
                && c.body().path("content").asText().contains("{{input.amount}}")
                && !c.body().path("content").asText().startsWith("Thanks"), SlackHarness.WAIT); // the macro, not the acknowledgement
        assertTrue(ctx.tickets().history(t.id()).stream().anyMatch(e -> e.type() == EventType.MACRO_USED), sent.body().toString());
    }
}
