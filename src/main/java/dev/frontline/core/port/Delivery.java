package dev.frontline.core.port;

import java.time.Duration;

/**
 * What happened when a platform tried to deliver one {@link Outgoing} action.
 *
 * @param ref        the platform's id of what was posted (message ts or id), when known
 * @param retryAfter how long the platform asked us to wait (429 Retry-After), or null
 * @param detail     why it was not delivered, for the log and {@code /stats}
 */
public record Delivery(Status status, String ref, Duration retryAfter, String detail) {

    public enum Status {
        /** Delivered (or found already delivered). */
        SENT,
        /** Certainly not delivered (refused connection, 429, 5xx): try again later. */
        RETRY,
        /** May or may not have been delivered (a timeout after sending): check before trying again. */
        AMBIGUOUS,
        /** Will never be delivered (unknown channel, invalid request): give up and log. */
        FAILED
    }

    public static Delivery sent(String ref) {
        return new Delivery(Status.SENT, ref, null, null);
    }

    public static Delivery retry(Duration after, String why) {
        return new Delivery(Status.RETRY, null, after, why);
    }

    /** The platform answered with an error after it may have acted (a 5xx): check soon. */
    public static Delivery ambiguous(String why) {
        return new Delivery(Status.AMBIGUOUS, null, null, why);
    }

    /**
     * No answer came (a timeout, a dropped connection): the platform may still be working on it,
     * so the check waits {@code settle} before looking, or it could miss a post that lands later.
     */
    public static Delivery unanswered(Duration settle, String why) {
        return new Delivery(Status.AMBIGUOUS, null, settle, why);
    }

    public static Delivery failed(String why) {
        return new Delivery(Status.FAILED, null, null, why);
    }
}
