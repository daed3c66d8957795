package dev.frontline.dispatch;

import dev.frontline.core.model.Inbound;
import dev.frontline.core.port.Interaction;

/**
 * An inbound event as an adapter received it.
 *
 * @param key         the platform's natural unique key of the event (Slack event id or message ts,
 *                    trigger id; Discord message or interaction id): a second delivery with the same
 *                    key is a no-op however it arrives
 * @param interaction how to answer the sender (trigger, interaction token), or null
 */
public record Envelope(String key, Inbound inbound, Interaction interaction) {
    public Envelope {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("an event needs its unique key");
    }
}
