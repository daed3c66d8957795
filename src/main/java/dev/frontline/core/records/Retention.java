package dev.frontline.core.records;

import java.time.Duration;

/**
 * How long data is kept; null keeps it forever.
 *
 * @param messages the text of customer messages, replies and notes (and delivered payloads)
 * @param audit    audit log rows
 */
public record Retention(Duration messages, Duration audit) {
    public static final Retention FOREVER = new Retention(null, null);

    public boolean keepsEverything() {
        return messages == null && audit == null;
    }
}
