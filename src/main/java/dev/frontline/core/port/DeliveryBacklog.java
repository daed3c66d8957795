package dev.frontline.core.port;

import java.time.Instant;

/** What waits to be handled and delivered on a platform, so that staff see a stuck queue (in {@code /stats}). */
public interface DeliveryBacklog {

    /**
     * @param unhandled events stored and not yet handled (all platforms)
     * @param waiting   actions not yet delivered on the platform
     * @param retrying  of those, ones that failed at least once
     * @param failed    actions given up in the last 24 hours
     * @param oldest    when the oldest waiting action was stored, or null
     */
    record Summary(int unhandled, int waiting, int retrying, int failed, Instant oldest) {
        public boolean isEmpty() {
            return unhandled == 0 && waiting == 0 && failed == 0;
        }
    }

    Summary of(String platform, Instant now);

    static DeliveryBacklog none() {
        return (platform, now) -> new Summary(0, 0, 0, 0, null);
    }
}
