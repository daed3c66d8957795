package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontline.config.Secrets;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.platform.discord.DiscordLauncher;
import dev.frontline.testing.FakeDiscord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.frontline.testing.FakeDiscord.OWNERS;
import static dev.frontline.testing.FakeDiscord.STAFF;
import static dev.frontline.testing.FakeDiscord.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole bot on Discord: the real JDA client against {@link FakeDiscord} on 127.0.0.1 (REST and
 * gateway), with the shipped config's Discord channel and user ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordEndToEndTest {
    static final String CUSTOMER = "500000000000000001";
    static final String AGENT = "100000000000000003";
    static final String OWNER = "100000000000000001";
    static final String CANDIDATE = "500000000000000009";
    static final String TRIAL = "200000000000000005";
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    FakeDiscord discord;
    AppContext ctx;
    BotRuntime runtime;
    PlatformLaunchers.Connected running;

    @BeforeAll
    void start() throws Exception {
        discord = new FakeDiscord();
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("bot-config");
        options.macros = Path.of("macros");
        options.data = Files.createTempDirectory("frontline-discord");
        ctx = AppContexts.open(options, Secrets.from(Map.of()));
        runtime = BotRuntime.create(ctx, java.util.List.of("discord"), java.time.Clock.systemUTC(), 4);
        running = PlatformLaunchers.connectDiscord(ctx, runtime, "test-token", discord.apiUrl(), discord.gatewayUrl(),
                Duration.ofSeconds(20), () -> { });
    }

    @AfterAll
    void stop() throws Exception {
        running.connection().close();
        runtime.close();
        discord.close();
        ctx.close();
    }

    private Ticket ticket(String messageId) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < end) {
            var t = ctx.tickets().findByPlace(new Place("discord", SUPPORT, messageId));
            if (t.isPresent()) return t.get();
            Thread.sleep(20);
        }
        throw new AssertionError("no ticket for message " + messageId);
    }

    /** The Discord message id the platform remembered for a card (stored right after the post returns). */
    private String awaitCard(String cardId) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < end) {
            var ref = ctx.cardRefs().find("discord", cardId);
            if (ref.isPresent()) return ref.get().messageId();
            Thread.sleep(20);
        }
        throw new AssertionError("card " + cardId + " was not remembered");
    }

    private static boolean posts(FakeDiscord.Call c, String channel) {
        return c.method().equals("POST") && c.path().equals("channels/" + channel + "/messages");
    }

    @Test
    void theBotLogsInAndRegistersItsSlashCommands() throws Exception {
        assertTrue(discord.guildSent());
        FakeDiscord.Call commands = discord.await(c -> c.method().equals("PUT") && c.path().endsWith("/commands"), WAIT);
        var names = new java.util.ArrayList<String>();
        commands.body().forEach(c -> names.add(c.get("name").asText()));
        assertTrue(names.containsAll(java.util.List.of("escalate", "refund", "resolve", "macro", "stats", "help")), names.toString());
    }

    @Test
    void aCustomerMessageOpensATicketThreadAndSuggestionsGoToStaffOnly() throws Exception {
        String id = discord.message(SUPPORT, CUSTOMER, "carol", "Hi, I can't log in, my password is rejected");
        Ticket t = ticket(id);

        discord.await(c -> c.method().equals("POST") && c.path().equals("channels/" + SUPPORT + "/messages/" + id + "/threads"), WAIT);
        FakeDiscord.Call ack = discord.await(c -> c.method().equals("POST") && c.body().path("content").asText().startsWith("Thanks carol"), WAIT);
        assertEquals("channels/" + id + "/messages", ack.path(), "the acknowledgement goes into the ticket's thread");
        FakeDiscord.Call suggestions = discord.await(c -> posts(c, STAFF) && c.body().path("content").asText()
                .startsWith("Suggested replies for " + t.ref()), WAIT);
        assertTrue(suggestions.body().path("content").asText().contains("https://discord.com/channels/" + FakeDiscord.GUILD + "/" + id));
        assertTrue(suggestions.body().path("components").toString().contains("sug:" + t.id()), "send buttons");
        assertFalse(discord.calls().stream().anyMatch(c -> c.method().equals("POST") && c.path().equals("channels/" + id + "/messages")
                && c.body().path("content").asText().contains("Suggested")), "nothing staff-only in the customer's thread");
    }

    @Test
    void everyoneInCustomerTextPingsNobody() throws Exception {
        String id = discord.message(SUPPORT, CUSTOMER, "dave", "@everyone <@&123> refund me now or I file a chargeback");
        Ticket t = ticket(id);

        FakeDiscord.Call flag = discord.await(c -> posts(c, STAFF) && c.body().path("content").asText().contains(t.ref() + " must be escalated"), WAIT);
        JsonNode allowed = flag.body().get("allowed_mentions");
        assertTrue(allowed != null && allowed.path("parse").isArray() && allowed.path("parse").isEmpty(), "no mentions allowed: " + flag.body());
        for (FakeDiscord.Call c : discord.calls()) {
            if (c.method().equals("POST") && c.path().startsWith("channels/") && c.path().endsWith("/messages")) {
                assertTrue(c.body().path("allowed_mentions").path("parse").isEmpty(), "every post: " + c.body());
            }
        }
    }

    @Test
    void escalateOpensAModalAndTheCardIsDecidedOnlyByTheOwner() throws Exception {
        String id = discord.message(SUPPORT, CUSTOMER, "erin", "I'm going to dispute the charge with my bank, this is a chargeback");
        Ticket t = ticket(id);
        discord.await(c -> posts(c, STAFF) && c.body().path("content").asText().contains(t.ref() + " must be escalated"), WAIT);

        discord.slash(SUPPORT, AGENT, "alex", "escalate", t.ref());
        FakeDiscord.Call modal = discord.await(c -> c.path().startsWith("interactions/") && c.body().path("type").asInt() == 9
                && c.body().path("data").path("custom_id").asText().equals("esc:new:" + t.id()), WAIT);
        ObjectNode values = JSON.createObjectNode();
        for (JsonNode label : modal.body().path("data").path("components")) {
            JsonNode input = label.path("component");
            values.put(input.path("custom_id").asText(), input.path("value").asText());
        }
        assertEquals("chargeback", values.path("category").asText(), "pre-filled from the flag: " + modal.body());
        discord.modal(SUPPORT, AGENT, "alex", "esc:new:" + t.id(), values);

        // The owner channel also gets the Pending decisions list (its own embed): wait for the card itself.
        FakeDiscord.Call card = discord.await(c -> posts(c, OWNERS) && !c.body().path("embeds").isEmpty()
                && c.body().path("embeds").path(0).path("title").asText().startsWith("Escalation"), WAIT);
        String embed = card.body().path("embeds").toString();
        for (String part : java.util.List.of("Customer asked", "dispute the charge", "Tried so far", "Option 1", "Option 2",
                "https://discord.com/channels/" + FakeDiscord.GUILD + "/" + id)) {
            assertTrue(embed.contains(part), part + " in " + embed);
        }
        String buttons = card.body().path("components").toString();
        assertTrue(buttons.contains(":approve:1") && buttons.contains(":deny") && buttons.contains(":takeover"), buttons);
        String escId = buttons.replaceAll("(?s).*\"(esc:\\d+):approve:1\".*", "$1");
        String cardMessage = awaitCard("esc-" + escId.substring(4));

        discord.button(OWNERS, cardMessage, AGENT, "alex", escId + ":approve:1");
        // The answer is the interaction's own ephemeral reply when it comes in time, else a follow-up.
        FakeDiscord.Call no = discord.await(c -> ephemeralText(c).contains("not allowed"), WAIT);
        assertEquals(64, ephemeralFlags(no) & 64, "ephemeral");

        int callsBefore = discord.calls().size();
        discord.button(OWNERS, cardMessage, OWNER, "olivia", escId + ":approve:1");
        FakeDiscord.Call update = discord.await(c -> c.method().equals("PATCH") && c.path().equals("channels/" + OWNERS + "/messages/" + cardMessage), WAIT);
        assertTrue(update.body().path("embeds").toString().contains("Olivia approved option 1"), update.body().toString());
        assertFalse(update.body().path("components").toString().contains("approve"), "no buttons left");
        // The card's lane handled the agent's click first: the one edit is the owner's.
        assertEquals(1, discord.calls().stream().filter(c -> c.method().equals("PATCH") && c.path().endsWith(cardMessage)).count(),
                "the agent's click changed nothing");

        // The owner channel's Pending decisions embed is edited in place once the card is decided.
        String queueMessage = awaitCard("pending-decisions");
        String decided = "esc-" + escId.substring(4) + " ·";
        FakeDiscord.Call queue = discord.await(c -> c.method().equals("PATCH") && c.path().equals("channels/" + OWNERS + "/messages/" + queueMessage)
                && !c.body().path("embeds").toString().contains(decided), WAIT);
        assertTrue(discord.calls().indexOf(queue) >= callsBefore, "edited after the decision");
        assertTrue(queue.body().path("embeds").path(0).path("title").asText().startsWith("Pending decisions"), queue.body().toString());
    }

    /** The text of an answer to an interaction: its first reply (callback type 4) or a follow-up (webhook). */
    static String ephemeralText(FakeDiscord.Call c) {
        if (c.path().startsWith("webhooks/")) return c.body().path("content").asText();
        if (c.path().startsWith("interactions/") && c.body().path("type").asInt() == 4) return c.body().path("data").path("content").asText();
        return "";
    }

    static int ephemeralFlags(FakeDiscord.Call c) {
        return c.path().startsWith("webhooks/") ? c.body().path("flags").asInt() : c.body().path("data").path("flags").asInt();
    }

    @Test
    void aCandidateWorksATrialTicketInTheThreadStartedOnItsSampleCard() throws Exception {
        discord.slash(SUPPORT, OWNER, "olivia", "trial", "start <@" + CANDIDATE + "> Dana");

        String card = awaitCard("trial-1-1");
        discord.await(c -> c.method().equals("POST") && c.path().equals("channels/" + TRIAL + "/messages/" + card + "/threads"), WAIT);
        discord.await(c -> posts(c, card) && c.body().path("content").asText().startsWith("Thanks Jordan"), WAIT);
        Ticket ticket = ctx.tickets().findByPlace(new Place("discord", TRIAL, "trial-1-1")).orElseThrow();

        discord.message(card, CANDIDATE, "dana", "Sorry about that! What does the error message say?");
        discord.await(c -> posts(c, card) && c.body().path("content").asText()
                .startsWith("Jordan (simulated customer): It says 'incorrect password'"), WAIT);
        discord.slash(TRIAL, CANDIDATE, "dana", "macro", "send login-password-reset " + ticket.ref());
        discord.await(c -> posts(c, card) && c.body().path("content").asText().contains("reset"), WAIT);
        discord.slash(TRIAL, CANDIDATE, "dana", "resolve", ticket.ref());
        awaitCard("trial-1-2");

        assertTrue(ctx.tickets().history(ticket.id()).stream().anyMatch(e -> e.type() == dev.frontline.core.model.EventType.AGENT_REPLY
                && CANDIDATE.equals(e.actorId()) && e.text().contains("What does the error message say")),
                "the candidate's reply in the card's thread is recorded on the sample ticket");
        assertEquals(dev.frontline.core.model.TicketStatus.RESOLVED, ctx.tickets().find(ticket.id()).orElseThrow().status());
    }
}
