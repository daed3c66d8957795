package dev.frontline.core.model;

import java.util.Objects;

/**
 * A spot in a chat: the platform, a channel on it, and optionally the thread (reply chain) inside
 * it. {@code thread} is the platform's key of the thread's first message (Slack ts, Discord message
 * id, the console's or a transcript's own key); null means the channel's top level. The platform
 * is part of the address so that one bot can serve several platforms: every action goes to the
 * adapter that owns its place.
 */
public record Place(String platform, String channel, String thread) {
    public Place {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
    }

    public static Place channel(String platform, String channel) {
        return new Place(platform, channel, null);
    }

    public boolean isThread() {
        return thread != null;
    }

    /** The same platform and channel, at the top level. */
    public Place top() {
        return thread == null ? this : new Place(platform, channel, null);
    }

    /** The same platform and channel, in {@code thread}. */
    public Place inThread(String thread) {
        return new Place(platform, channel, thread);
    }

    /**
     * The conversation this place belongs to, as one string: platform, channel and thread. Work on
     * one conversation is done in order (its lane); outgoing messages to it keep their order.
     */
    public String conversationKey() {
        return platform + ":" + channel + (thread == null ? "" : ":" + thread);
    }
}
