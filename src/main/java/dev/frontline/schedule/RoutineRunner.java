package dev.frontline.schedule;

import dev.frontline.core.model.Action;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.schedule.Routine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs routines when they are due. Each occurrence is claimed durably (job name + scheduled time)
 * before it runs, so it runs once even across restarts; an occurrence missed while the bot was down
 * still runs on start if it is within the routine's grace window, and is skipped (never sent late
 * twice) after that.
 */
public final class RoutineRunner {
    private static final Logger log = LoggerFactory.getLogger(RoutineRunner.class);
    private static final Duration KEEP_CLAIMS = Duration.ofDays(30);

    private final List<Routine> routines;
    private final OnceGuard guard;
    private final Map<String, Instant> checkedUpTo = new HashMap<>();
    private Instant lastCleanup = Instant.EPOCH;

    public RoutineRunner(List<Routine> routines, OnceGuard guard) {
        this.routines = List.copyOf(routines);
        this.guard = guard;
    }

    /** Runs every occurrence due at or before {@code now} that has not run yet; returns what they produced. */
    public synchronized List<Action> runDue(Instant now) {
        List<Action> actions = new ArrayList<>();
        for (Routine routine : routines) {
            Instant earliest = now.minus(routine.grace());
            Instant from = checkedUpTo.getOrDefault(routine.name(), earliest);
            if (from.isBefore(earliest)) from = earliest;
            // Start just before the window so an occurrence exactly at its start is included.
            Instant next = routine.schedule().nextAfter(from.minusMillis(1));
            int guardCount = 0;
            while (!next.isAfter(now) && guardCount++ < 10_000) {
                if (guard.claim("routine:" + routine.name() + ":" + next, now)) {
                    actions.addAll(runSafely(routine, next, now));
                }
                next = routine.schedule().nextAfter(next);
            }
            checkedUpTo.put(routine.name(), now);
        }
        if (Duration.between(lastCleanup, now).toHours() >= 24) {
            guard.forgetOlderThan(now, KEEP_CLAIMS);
            lastCleanup = now;
        }
        return actions;
    }

    private static List<Action> runSafely(Routine routine, Instant scheduledAt, Instant now) {
        try {
            return routine.run(scheduledAt, now);
        } catch (RuntimeException e) {
            // The occurrence stays claimed: a failing job is logged, not retried in a tight loop.
            log.error("Routine {} failed for {}", routine.name(), scheduledAt, e);
            return List.of();
        }
    }
}
