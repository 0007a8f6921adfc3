package org.govkg.store;

/** The store cannot be opened or written; the message says which store and why. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
