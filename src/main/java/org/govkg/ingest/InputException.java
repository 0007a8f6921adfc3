package org.govkg.ingest;

/** An input that cannot become a document; the message names the reason, the caller names the file. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
