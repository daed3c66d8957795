package dev.frontline.platform.discord;

import dev.frontline.core.Bot;
import dev.frontline.core.port.CardRefs;
import dev.frontline.dispatch.Dispatcher;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Connects the bot to Discord with JDA. The token goes to JDA only; it is never logged. */
public final class DiscordLauncher {
    /** Discord retries with growing delays; never wait longer than this between reconnects. */
    private static final int MAX_RECONNECT_SECONDS = 60;

    private DiscordLauncher() {}

    /** A running Discord connection; {@link #close} logs out. */
    public record Running(DiscordPlatform platform, JDA jda, ScheduledExecutorService timer) implements AutoCloseable {
        @Override
        public void close() {
            jda.shutdownNow();
            timer.shutdownNow();
        }
    }

    /**
     * @param apiUrl     REST base such as {@code http://127.0.0.1:9001/api/v10/} (DISCORD_API_URL), or null
     * @param gatewayUrl gateway WebSocket such as {@code ws://127.0.0.1:9002} (DISCORD_GATEWAY_URL), or null
     * @param onFatal    called when Discord refuses the bot for good (disallowed intents)
     */
    public static Running start(Bot bot, Dispatcher dispatcher, CardRefs cards, String token, String apiUrl, String gatewayUrl,
                                Duration readyTimeout, Runnable onFatal) throws InterruptedException {
        // Customer text must never ping anyone: no @everyone, roles, users or replied-to author in anything the bot sends.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "discord-interactions");
            t.setDaemon(true);
            return t;
        });
        LiveInteractions interactions = new LiveInteractions();
        DiscordAdapter adapter = new DiscordAdapter(bot, dispatcher, cards, interactions, timer, onFatal);
        JDABuilder builder = JDABuilder.createLight(token, EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT))
                .setMaxReconnectDelay(MAX_RECONNECT_SECONDS)
                .setEnableShutdownHook(false)
                .addEventListeners(adapter);
        if (apiUrl != null) builder.setRestConfig(new RestConfig().setBaseUrl(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/"));
        if (gatewayUrl != null) {
            builder.setCompression(Compression.NONE).setSessionController(new ConcurrentSessionController() {
                @Override
                public String getGateway() {
                    return gatewayUrl;
                }
            });
        }
        JDA jda = builder.build();
        DiscordPlatform platform = new DiscordPlatform(jda, cards, interactions);
        // JDA's own wait for guilds can take 75 s on a bad GUILD_CREATE: wait on our own, shorter clock.
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (jda.getStatus() != JDA.Status.CONNECTED) {
            if (System.nanoTime() > deadline || jda.getStatus() == JDA.Status.SHUTDOWN) {
                jda.shutdownNow();
                timer.shutdownNow();
                throw new IllegalStateException("Discord did not become ready within " + readyTimeout.toSeconds() + " s (status "
                        + jda.getStatus() + "); check DISCORD_TOKEN and the bot's intents");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return new Running(platform, jda, timer);
    }
}
