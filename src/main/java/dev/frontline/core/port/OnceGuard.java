package dev.frontline.core.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Remembers keys durably so that work keyed by them happens once: a platform event id retried by
 * the platform, a scheduled job's occurrence, an alert that must not repeat.
 */
public interface OnceGuard {

    /**
     * Records {@code key} and returns true if it was not recorded before; false if it was. The record
     * is committed before this returns.
     */
    boolean claim(String key, Instant at);

    /** Forgets keys recorded before {@code now - keep}, so the table does not grow without end. */
    void forgetOlderThan(Instant now, Duration keep);
}
