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
}
