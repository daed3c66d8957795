package dev.frontline.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Serial lanes over a shared worker pool: work for one key never runs twice at once and runs in
 * the order it was asked for; different keys run in parallel. A lane is a key, not a thread: an
 * idle lane costs one small map entry until it is drained.
 */
final class Lanes {
    private final ExecutorService pool;
    private final Consumer<String> drain;
    private final Map<String, State> lanes = new ConcurrentHashMap<>();

    private static final class State {
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean again = new AtomicBoolean();
    }

    /** @param drain handles everything waiting on a lane; called on a pool thread, one at a time per lane */
    Lanes(ExecutorService pool, Consumer<String> drain) {
        this.pool = pool;
        this.drain = drain;
    }

    /** Makes sure the lane is drained soon (again, if it is being drained now). */
    void kick(String lane) {
        State s = lanes.computeIfAbsent(lane, k -> new State());
        s.again.set(true);
        if (s.running.compareAndSet(false, true)) {
            try {
                pool.execute(() -> run(lane, s));
            } catch (RejectedExecutionException e) {
                s.running.set(false); // shutting down: the inbox keeps the work for the next start
            }
        }
    }

    private void run(String lane, State s) {
        try {
            while (s.again.getAndSet(false)) drain.accept(lane);
        } finally {
            s.running.set(false);
            // Kicked between the last drain and now: go again; otherwise forget the idle lane.
            if (s.again.get()) kick(lane);
            else lanes.computeIfPresent(lane, (k, v) -> v == s && !s.running.get() && !s.again.get() ? null : v);
        }
    }

    /** Lanes being drained or waiting to be. */
    int active() {
        return lanes.size();
    }
}
