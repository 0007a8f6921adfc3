package org.govkg.pipeline;

import org.govkg.ingest.InputException;

/**
 * The outcome of one input: stored with its counts, left as it was ({@code unchanged}: the store already
 * holds this very input, extracted by these very rules), or refused with a reason.
 */
public record DocumentResult(String source, String id, boolean ok, int entities, int observations, long millis, String error,
                             boolean unchanged) {
    public DocumentResult(String source, String id, boolean ok, int entities, int observations, long millis, String error) {
        this(source, id, ok, entities, observations, millis, error, false);
    }

    public static DocumentResult failed(String source, String id, String error) {
        return new DocumentResult(source, id, false, 0, 0, 0, error);
    }

    /** Refused because reading or extracting it threw: an input's own reason as it is, anything else with its kind. */
    public static DocumentResult failed(String source, String id, Throwable cause) {
        return failed(source, id, cause instanceof InputException ? cause.getMessage() : cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    public static DocumentResult unchanged(String source, String id) {
        return new DocumentResult(source, id, true, 0, 0, 0, null, true);
    }
}
