package dev.frontline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontline.config.Secrets;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.testing.FakeDiscord;
import dev.frontline.bench.FakeSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.frontline.app.SlackHarness.awaitTrue;
import static dev.frontline.app.SlackHarness.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One bot for Slack and Discord at once: every action goes to the platform its conversation is on,
 * a ticket reference never reaches the other platform's tickets, and each platform's scheduled
 * posts go out once, on that platform.
 */
class SlackAndDiscordTogetherTest {
    private static final String DISCORD_TEAM = "200000000000000003";

    @TempDir
    Path data;

    @Test
    void eachPlatformGetsItsOwnActionsTicketsAndShiftPosts() throws Exception {
        System.setProperty("frontline.embedder", "lexical");
        try (FakeSlack slack = new FakeSlack(); FakeDiscord discord = new FakeDiscord()) {
            GlobalOptions options = new GlobalOptions();
            options.config = Path.of("bot-config");
            options.macros = Path.of("macros");
            options.data = data;
            try (AppContext ctx = AppContexts.open(options, Secrets.from(Map.of()));
                 BotRuntime runtime = BotRuntime.create(ctx, List.of("slack", "discord"), Clock.systemUTC(), 4)) {
                var s = PlatformLaunchers.connectSlack(ctx, runtime, "xoxb-test", "xapp-test", null, slack.apiUrl(), null);
                var d = PlatformLaunchers.connectDiscord(ctx, runtime, "test-token", discord.apiUrl(), discord.gatewayUrl(),
                        Duration.ofSeconds(20), () -> { });
                try {
                    assertTrue(slack.awaitConnected(SlackHarness.WAIT));
                    String ts = "1795800001.000100";
                    slack.event("Ev-both-1", SlackHarness.message(SlackHarness.SUPPORT, SlackHarness.CUSTOMER, ts, null, "Slack customer: I can't log in"));
                    String discordMessage = discord.message(FakeDiscord.SUPPORT, "100000000000009999", "dora", "Discord customer: where is my order?");
                    Ticket onSlack = until(() -> ctx.tickets().findByPlace(new Place("slack", SlackHarness.SUPPORT, ts)), "the Slack ticket");
                    Ticket onDiscord = until(() -> ctx.tickets().findByPlace(new Place("discord", FakeDiscord.SUPPORT, discordMessage)),
                            "the Discord ticket");

                    awaitTrue(() -> slack.posted(SlackHarness.STAFF).stream().anyMatch(m -> m.path("text").asText().startsWith("New ticket " + onSlack.ref())),
                            "Slack's staff note on Slack");
                    discord.await(c -> c.path().equals("channels/" + FakeDiscord.STAFF + "/messages")
                            && c.body().path("content").asText().startsWith("New ticket " + onDiscord.ref()), SlackHarness.WAIT);
                    assertFalse(slack.calls().stream().anyMatch(c -> String.valueOf(c.get("text")).contains(onDiscord.ref() + " from dora")),
                            "nothing about the Discord ticket on Slack");
                    assertFalse(discord.calls().stream().anyMatch(c -> c.body().toString().contains("New ticket " + onSlack.ref() + " ")),
                            "nothing about the Slack ticket on Discord");

                    // /frontline resolve #N on Slack cannot reach a Discord ticket.
                    slack.send("slash_commands", SlackHarness.commandPayload(SlackHarness.AGENT, "resolve " + onDiscord.ref(), "trig-cross"));
                    FakeSlack.Call refused = slack.await("chat.postEphemeral", c -> String.valueOf(c.get("text")).contains("no ticket " + onDiscord.ref()),
                            SlackHarness.WAIT);
                    assertEquals(SlackHarness.AGENT, refused.get("user"));
                    assertEquals(TicketStatus.NEW, ctx.tickets().find(onDiscord.id()).orElseThrow().status());

                    // A Berlin shift starts: each platform's team channel gets its start-of-shift post, once.
                    Instant nine = Instant.parse("2026-11-24T08:00:30Z");
                    for (int i = 0; i < 2; i++) {
                        runtime.tick("slack", nine.plusSeconds(i));
                        runtime.tick("discord", nine.plusSeconds(i));
                    }
                    awaitTrue(() -> slack.posted(SlackHarness.TEAM).stream().anyMatch(m -> m.path("text").asText().startsWith("Start of shift")),
                            "Slack's start-of-shift post");
                    discord.await(c -> c.path().equals("channels/" + DISCORD_TEAM + "/messages")
                            && c.body().path("content").asText().startsWith("Start of shift"), SlackHarness.WAIT);
                    runtime.sender("slack").orElseThrow().drain(Duration.ofSeconds(10));
                    runtime.sender("discord").orElseThrow().drain(Duration.ofSeconds(10));
                    assertEquals(1, slack.posted(SlackHarness.TEAM).stream().filter(m -> m.path("text").asText().startsWith("Start of shift")).count());
                    assertEquals(1, discord.calls().stream().filter(c -> c.path().equals("channels/" + DISCORD_TEAM + "/messages")
                            && c.body().path("content").asText().startsWith("Start of shift")).count());
                    assertTrue(slack.posted(SlackHarness.TEAM).get(0).path("text").asText().contains("Backlog: 1 open"),
                            "Slack's post counts Slack's tickets only");
                } finally {
                    s.connection().close();
                    d.connection().close();
                }
            }
        } finally {
            System.clearProperty("frontline.embedder");
        }
    }
}
