package dev.frontline.storage;

/** A database failure; nothing was committed by the call that threw it. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
