package dev.frontline.dispatch;

import java.util.function.Supplier;

/** Transactions as the dispatcher needs them. Implemented by the storage package's database. */
public interface UnitOfWork {

    /**
     * Runs {@code work} in one transaction that also holds the lane's lock, so that one
     * conversation is handled by one worker (and one replica) at a time; commits before returning.
     */
    <T> T inLane(String lane, Supplier<T> work);

    /** Runs {@code work} in one transaction. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code r} after the current transaction commits (at once when there is none). */
    void afterCommit(Runnable r);
}
