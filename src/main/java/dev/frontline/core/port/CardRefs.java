package dev.frontline.core.port;

import java.util.Optional;

/**
 * Where each card was posted on a platform, so adapters can update it in place: maps the core's
 * card id to the platform's channel and message id. Durable across restarts.
 */
public interface CardRefs {

    record Ref(String channel, String messageId) {}

    void remember(String platform, String cardId, Ref ref);

    Optional<Ref> find(String platform, String cardId);

    /** The reverse lookup: which card a platform message shows, if any. */
    Optional<String> cardAt(String platform, String messageId);

    /**
     * The platform thread to post into for a core thread key. The core may start a conversation
     * with a public card (a trial's sample ticket): its thread key is then the card id, and the
     * platform thread is the card's message. Any other key is already a platform thread id.
     */
    default String platformThread(String platform, String threadKey) {
        if (threadKey == null) return null;
        return find(platform, threadKey).map(Ref::messageId).orElse(threadKey);
    }

    /** The core thread key for a platform thread: the card id when the thread hangs under a card. */
    default String coreThread(String platform, String platformThreadId) {
        if (platformThreadId == null) return null;
        return cardAt(platform, platformThreadId).orElse(platformThreadId);
    }
}
