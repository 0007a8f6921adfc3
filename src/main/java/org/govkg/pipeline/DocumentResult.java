package org.govkg.pipeline;

/** The outcome of one input: stored with its counts, or refused with a reason. */
public record DocumentResult(String source, String id, boolean ok, int entities, int observations, long millis, String error) {
    public static DocumentResult failed(String source, String id, String error) {
        return new DocumentResult(source, id, false, 0, 0, 0, error);
    }
}
