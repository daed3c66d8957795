package dev.frontline.core.model;

import java.util.Objects;

/**
 * A spot in a chat: a channel, and optionally the thread (reply chain) inside it.
 * {@code thread} is the platform's key of the thread's first message (Slack ts, Discord message id,
 * the console's or a transcript's own key); null means the channel's top level.
 */
public record Place(String channel, String thread) {
    public Place {
        Objects.requireNonNull(channel, "channel");
    }

    public static Place channel(String channel) {
        return new Place(channel, null);
    }

    public boolean isThread() {
        return thread != null;
    }
}
