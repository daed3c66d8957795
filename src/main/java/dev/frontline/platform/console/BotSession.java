package dev.frontline.platform.console;

import dev.frontline.core.Bot;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Drives the bot on the console platform: hands in events, lets scheduled work run, and performs
 * whatever comes back. Shared by the interactive console and replay.
 */
public final class BotSession {
    private final Bot bot;
    private final Function<Instant, List<Action>> dueRoutines;
    private final ConsolePlatform platform;

    /** @param dueRoutines runs the scheduled work due at the given instant and returns its actions */
    public BotSession(Bot bot, Function<Instant, List<Action>> dueRoutines, ConsolePlatform platform) {
        this.bot = bot;
        this.dueRoutines = dueRoutines;
        this.platform = platform;
    }

    public Bot bot() {
        return bot;
    }

    public ConsolePlatform platform() {
        return platform;
    }

    public void deliver(Inbound inbound) {
        platform.performAll(bot.handle(inbound));
    }

    public void tick(Instant now) {
        platform.performAll(dueRoutines.apply(now));
    }
}
