package dev.frontline.core.port;

/**
 * A store could not do what was asked (the database refused, or another writer changed the same
 * row first). Features never swallow it: it aborts the event's unit of work, which is then rolled
 * back and retried as a whole, so no event is half applied.
 */
public class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreFailure(String message) {
        super(message);
    }

    /** True when trying the same work again at once is likely to succeed (a lost race). */
    public boolean retryNow() {
        return false;
    }
}
