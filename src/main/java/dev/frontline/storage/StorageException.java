package dev.frontline.storage;

import dev.frontline.core.port.StoreFailure;

/** A database failure; the transaction it happened in was rolled back. */
public class StorageException extends StoreFailure {
    private final boolean retryNow;

    public StorageException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /** @param retryNow true for a lost race the database reported (serialization failure, deadlock) */
    public StorageException(String message, Throwable cause, boolean retryNow) {
        super(message, cause);
        this.retryNow = retryNow;
    }

    @Override
    public boolean retryNow() {
        return retryNow;
    }
}
