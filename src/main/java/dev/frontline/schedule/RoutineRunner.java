package dev.frontline.schedule;

import dev.frontline.core.model.Action;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.port.StoreFailure;
import dev.frontline.core.schedule.Routine;
import dev.frontline.dispatch.OutboxStore;
import dev.frontline.dispatch.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one platform's routines when they are due. Each occurrence is claimed durably (platform,
 * job name and scheduled time) in the same transaction that stores what it posts in the outbox:
 * either both are committed or neither, so an occurrence runs once across restarts and replicas,
 * and what it produced is delivered even if this process dies right after. An occurrence missed
 * while the bot was down still runs on start within the routine's grace window, and is skipped
 * (never sent late twice) after that.
 */
public final class RoutineRunner {
    private static final Logger log = LoggerFactory.getLogger(RoutineRunner.class);
    /** Claims are kept well beyond any grace window and any alert's once-key life. */
    private static final Duration KEEP_CLAIMS = Duration.ofDays(30);

    private final String platform;
    private final List<Routine> routines;
    private final OnceGuard guard;
    private final UnitOfWork work;
    private final OutboxStore outbox;
    private final Map<String, Instant> checkedUpTo = new HashMap<>();
    private Instant lastCleanup = Instant.EPOCH;
    private volatile Runnable outboxChanged = () -> { };

    public RoutineRunner(String platform, List<Routine> routines, OnceGuard guard, UnitOfWork work, OutboxStore outbox) {
        this.platform = platform;
        this.routines = List.copyOf(routines);
        this.guard = guard;
        this.work = work;
        this.outbox = outbox;
    }

    public String platform() {
        return platform;
    }

    /** Told after an occurrence stored actions in the outbox. */
    public void onOutboxChanged(Runnable r) {
        this.outboxChanged = r;
    }

    /** Runs every occurrence due at or before {@code now} that has not run yet; returns what they stored to be sent. */
    public synchronized List<Action> runDue(Instant now) {
        List<Action> all = new ArrayList<>();
        for (Routine routine : routines) {
            Instant earliest = now.minus(routine.grace());
            Instant from = checkedUpTo.getOrDefault(routine.name(), earliest);
            if (from.isBefore(earliest)) from = earliest;
            // Start just before the window so an occurrence exactly at its start is included.
            Instant next = routine.schedule().nextAfter(from.minusMillis(1));
            int guardCount = 0;
            boolean complete = true;
            while (!next.isAfter(now) && guardCount++ < 10_000) {
                try {
                    all.addAll(runOnce(routine, next, now));
                } catch (StoreFailure e) {
                    // Nothing was claimed: the occurrence is tried again on the next tick.
                    log.error("Routine {} on {} for {} could not be stored; trying again later", routine.name(), platform, next, e);
                    complete = false;
                    break;
                }
                next = routine.schedule().nextAfter(next);
            }
            if (complete) checkedUpTo.put(routine.name(), now);
        }
        if (Duration.between(lastCleanup, now).toHours() >= 24) {
            guard.forgetOlderThan(now, KEEP_CLAIMS);
            lastCleanup = now;
        }
        return all;
    }

    /** One occurrence in one transaction; a lost race (another replica changed the same ticket) is run again at once. */
    private List<Action> runOnce(Routine routine, Instant scheduledAt, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runInTransaction(routine, scheduledAt, now);
            } catch (StoreFailure e) {
                if (!e.retryNow() || attempt >= 5) throw e;
            }
        }
    }

    private List<Action> runInTransaction(Routine routine, Instant scheduledAt, Instant now) {
        return work.inTransaction(() -> {
            if (!guard.claim("routine:" + platform + ":" + routine.name() + ":" + scheduledAt, now)) return List.<Action>of();
            List<Action> actions = runSafely(routine, scheduledAt, now);
            outbox.enqueue(actions, null, now);
            if (!actions.isEmpty()) work.afterCommit(outboxChanged);
            return actions;
        });
    }

    private List<Action> runSafely(Routine routine, Instant scheduledAt, Instant now) {
        try {
            return routine.run(scheduledAt, now);
        } catch (StoreFailure e) {
            throw e;
        } catch (RuntimeException e) {
            // The occurrence stays claimed: a failing job is logged, not retried in a tight loop.
            log.error("Routine {} on {} failed for {}", routine.name(), platform, scheduledAt, e);
            return List.of();
        }
    }
}
