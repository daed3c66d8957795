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

    /** The work of a routine, for {@link #of}. */
    @FunctionalInterface
    interface Work {
        List<Action> run(Instant scheduledAt, Instant now);
    }

    /** A routine from its parts. */
    static Routine of(String name, Schedule schedule, Duration grace, Work work) {
        return new Routine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Schedule schedule() {
                return schedule;
            }

            @Override
            public Duration grace() {
                return grace;
            }

            @Override
            public List<Action> run(Instant scheduledAt, Instant now) {
                return work.run(scheduledAt, now);
            }
        };
    }
}
