package dev.genuine.store;

/** A storage failure (the database cannot be opened, read or written), carrying what was being done. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
