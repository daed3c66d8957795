package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.core.port.ChatPlatform;
import dev.frontline.platform.discord.DiscordLauncher;
import dev.frontline.platform.discord.DiscordPlatform;
import dev.frontline.platform.slack.SlackLauncher;
import dev.frontline.platform.slack.SlackPlatform;

import java.util.ArrayList;
import java.util.List;

/** The chat platforms Frontline can connect to, and which of them the environment enables. */
final class PlatformLaunchers {
    private PlatformLaunchers() {}

    /** Connects one platform to its bot; returns the platform so scheduled work can post through it. */
    interface Launcher {
        String platform();

        ChatPlatform start(AppContext ctx, PlatformBot bot);
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
            public ChatPlatform start(AppContext ctx, PlatformBot bot) {
                try {
                    // Socket Mode with an app token; otherwise HTTP mode on SLACK_HTTP_PORT (default 3000).
                    String port = System.getenv().getOrDefault("SLACK_HTTP_PORT", "3000");
                    String bind = System.getenv().getOrDefault("SLACK_HTTP_BIND", "0.0.0.0");
                    return SlackLauncher.start(bot.bot(), bot.channels(), ctx.onceGuard(), ctx.cardRefs(), secrets.slackBotToken(),
                            secrets.slackAppToken(), secrets.slackSigningSecret(), secrets.slackApiUrl(),
                            new SlackLauncher.HttpMode(bind, Integer.parseInt(port.trim()))).platform();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot connect to Slack: " + e.getMessage(), e);
                }
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
            public ChatPlatform start(AppContext ctx, PlatformBot bot) {
                try {
                    return DiscordLauncher.start(bot.bot(), bot.channels(), ctx.cardRefs(), secrets.discordToken(), secrets.discordApiUrl(),
                            secrets.discordGatewayUrl(), java.time.Duration.ofSeconds(60), () -> {
                                System.err.println("Frontline stops: Discord refused the bot's intents (see the log).");
                                System.exit(3);
                            }).platform();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while connecting to Discord", e);
                }
            }
        };
    }
}
