package dev.frontline.core.schedule;

import dev.frontline.core.model.Action;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Scheduled work: a named job, when it runs, and what it does. The runner claims each occurrence
 * once (durably) before calling {@link #run}, so a post is never sent twice, also across restarts.
 */
public interface Routine {

    /** Stable name; part of the once-only key, so do not rename a routine lightly. */
    String name();

    Schedule schedule();

    /**
     * How late an occurrence may still run, e.g. after the bot was down. Occurrences older than
     * this are skipped.
     */
    default Duration grace() {
        return Duration.ofMinutes(1);
    }

    /** Does the work for the occurrence due at {@code scheduledAt}; {@code now} may be later. */
    List<Action> run(Instant scheduledAt, Instant now);
}
