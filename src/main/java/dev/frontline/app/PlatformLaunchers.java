package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.core.port.ChatPlatform;
import dev.frontline.platform.discord.DiscordLauncher;
import dev.frontline.platform.discord.DiscordPlatform;
import dev.frontline.platform.slack.SlackLauncher;
import dev.frontline.platform.slack.SlackPlatform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The chat platforms Frontline can connect to, and which of them the environment enables. */
final class PlatformLaunchers {
    /** Actions delivered at once per platform (to different conversations). */
    static final int SENDERS_PER_PLATFORM = 4;

    private PlatformLaunchers() {}

    /** A connected platform: where its actions go, how to stop taking its events, and whether they can come in now. */
    record Connected(ChatPlatform platform, AutoCloseable connection, java.util.function.BooleanSupplier connected) {}

    /** Connects one platform to the bot: its outbox sender first, then its events. */
    interface Launcher {
        String platform();

        Connected start(AppContext ctx, BotRuntime runtime) throws Exception;
    }

    static List<Launcher> enabled(Secrets secrets) {
        List<Launcher> launchers = new ArrayList<>();
        if (secrets.hasSlack()) launchers.add(slack(secrets));
        if (secrets.hasDiscord()) launchers.add(discord(secrets));
        return launchers;
    }

    private static Launcher slack(Secrets secrets) {
        return new Launcher() {
            @Override
            public String platform() {
                return SlackPlatform.NAME;
            }

            @Override
            public Connected start(AppContext ctx, BotRuntime runtime) throws Exception {
                // Socket Mode with an app token; otherwise HTTP mode on SLACK_HTTP_PORT (default 3000).
                String port = System.getenv().getOrDefault("SLACK_HTTP_PORT", "3000");
                String bind = System.getenv().getOrDefault("SLACK_HTTP_BIND", "0.0.0.0");
                return connectSlack(ctx, runtime, secrets.slackBotToken(), secrets.slackAppToken(), secrets.slackSigningSecret(),
                        secrets.slackApiUrl(), new SlackLauncher.HttpMode(bind, Integer.parseInt(port.trim())));
            }
        };
    }

    private static Launcher discord(Secrets secrets) {
        return new Launcher() {
            @Override
            public String platform() {
                return DiscordPlatform.NAME;
            }

            @Override
            public Connected start(AppContext ctx, BotRuntime runtime) throws Exception {
                return connectDiscord(ctx, runtime, secrets.discordToken(), secrets.discordApiUrl(), secrets.discordGatewayUrl(),
                        Duration.ofSeconds(60), () -> {
                            System.err.println("Frontline stops: Discord refused the bot's intents (see the log).");
                            System.exit(3);
                        });
            }
        };
    }

    /** Slack: the outbox sender first (it can deliver as soon as the token is checked), then the events. */
    static Connected connectSlack(AppContext ctx, BotRuntime runtime, String botToken, String appToken, String signingSecret,
                                  String apiUrl, SlackLauncher.HttpMode http) throws Exception {
        SlackLauncher.Prepared prepared = SlackLauncher.prepare(ctx.cardRefs(), botToken, signingSecret, apiUrl);
        runtime.attach(prepared.platform(), SENDERS_PER_PLATFORM).start();
        SlackLauncher.Running running = SlackLauncher.start(prepared, runtime.bot(), runtime.dispatcher(), ctx.cardRefs(), appToken,
                signingSecret, http);
        return new Connected(running.platform(), running, running.connected());
    }

    /** Discord: JDA logs in and takes events; the outbox sender starts once the platform exists (events wait in the outbox). */
    static Connected connectDiscord(AppContext ctx, BotRuntime runtime, String token, String apiUrl, String gatewayUrl, Duration ready,
                                    Runnable onFatal) throws Exception {
        DiscordLauncher.Running running = DiscordLauncher.start(runtime.bot(), runtime.dispatcher(), ctx.cardRefs(), token, apiUrl,
                gatewayUrl, ready, onFatal);
        runtime.attach(running.platform(), SENDERS_PER_PLATFORM).start();
        return new Connected(running.platform(), running, () -> running.jda().getStatus() == net.dv8tion.jda.api.JDA.Status.CONNECTED);
    }
}
