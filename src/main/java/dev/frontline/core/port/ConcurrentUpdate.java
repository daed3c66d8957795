package dev.frontline.core.port;

/**
 * Another unit of work changed the same row since it was read (optimistic locking on a ticket's
 * version). The work that lost the race is rolled back and run again on fresh data.
 */
public final class ConcurrentUpdate extends StoreFailure {
    public ConcurrentUpdate(String message) {
        super(message);
    }

    @Override
    public boolean retryNow() {
        return true;
    }
}
