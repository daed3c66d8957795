package dev.frontline.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Group commit: threads that each need a durable write at the same moment share one transaction,
 * so one fsync covers them all. The first caller to find no batch in flight becomes the leader and
 * commits everything queued so far (its own item included); the others wait for that commit, or
 * lead the next one. Alone, a caller commits its own item at once: no timer, no added latency.
 *
 * <p>Why: on SQLite every durable commit waits for the disk while holding the one connection, so
 * at a few hundred Slack events a second the fsyncs alone queue the acknowledgements.
 *
 * @param <I> what one caller writes
 * @param <O> what it gets back (in the batch's order)
 */
final class GroupCommit<I, O> {
    private final Function<List<I>, List<O>> commit;
    private final Object monitor = new Object();
    private List<Pending<I, O>> queued = new ArrayList<>();
    private boolean committing;

    private static final class Pending<I, O> {
        final I item;
        boolean done;
        O result;
        RuntimeException failure;

        Pending(I item) {
            this.item = item;
        }
    }

    /** @param commit writes a batch in one transaction and returns one result per item, in order; throws to fail them all */
    GroupCommit(Function<List<I>, List<O>> commit) {
        this.commit = commit;
    }

    /** Writes {@code item} durably (with whatever else is queued); returns its result or throws the batch's failure. */
    O submit(I item) {
        Pending<I, O> mine = new Pending<>(item);
        List<Pending<I, O>> batch;
        synchronized (monitor) {
            queued.add(mine);
            boolean interrupted = false;
            while (committing && !mine.done) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    // Keep waiting: our item may be in the batch being written, and the caller must know its outcome.
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            if (mine.done) return outcome(mine);
            committing = true;
            batch = queued;
            queued = new ArrayList<>();
        }
        RuntimeException failure = null;
        List<O> results = null;
        try {
            results = commit.apply(batch.stream().map(p -> p.item).toList());
            if (results.size() != batch.size()) throw new IllegalStateException("a batch of " + batch.size() + " gave " + results.size() + " results");
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (monitor) {
            for (int i = 0; i < batch.size(); i++) {
                Pending<I, O> p = batch.get(i);
                p.done = true;
                if (failure != null) p.failure = failure;
                else p.result = results.get(i);
            }
            committing = false;
            monitor.notifyAll();
        }
        return outcome(mine);
    }

    /** Items waiting for the next batch (tests watch it to line up a batch). */
    int queued() {
        synchronized (monitor) {
            return queued.size();
        }
    }

    private O outcome(Pending<I, O> p) {
        if (p.failure != null) throw p.failure;
        return p.result;
    }
}
