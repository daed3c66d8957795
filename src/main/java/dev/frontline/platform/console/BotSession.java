package dev.frontline.platform.console;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.dispatch.Dispatcher;
import dev.frontline.dispatch.Envelope;
import dev.frontline.dispatch.OutboxSender;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Drives the bot on the console platform through the same unit of work as a chat platform (inbox,
 * lane, outbox), but on the caller's thread: each event is stored, handled and its answers
 * printed before the next line is read. Shared by the interactive console and replay.
 */
public final class BotSession {
    private final Dispatcher dispatcher;
    private final Function<Instant, List<Action>> dueRoutines;
    private final OutboxSender sender;
    private final ConsolePlatform platform;

    /** @param dueRoutines runs (and stores the actions of) the scheduled work due at the given instant */
    public BotSession(Dispatcher dispatcher, Function<Instant, List<Action>> dueRoutines, OutboxSender sender, ConsolePlatform platform) {
        this.dispatcher = dispatcher;
        this.dueRoutines = dueRoutines;
        this.sender = sender;
        this.platform = platform;
    }

    public ConsolePlatform platform() {
        return platform;
    }

    /** An event typed at the console: its own unique key. */
    public void deliver(Inbound inbound) {
        deliver("console:" + UUID.randomUUID(), inbound);
    }

    /** An event with a known key (a replayed line): a second delivery of the key does nothing. */
    public void deliver(String key, Inbound inbound) {
        dispatcher.handleNow(new Envelope(key, inbound, null));
        sender.flushNow();
    }

    public synchronized void tick(Instant now) {
        dueRoutines.apply(now);
        sender.flushNow();
    }
}
