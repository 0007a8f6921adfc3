package org.govkg.ingest;

/**
 * One document to read: where it comes from (a file, FILE:LINE of a JSON Lines file, or "-"), its id when known
 * before reading (for the duplicate check, in input order), and the reading itself, which may run on another
 * thread and either gives the document or refuses it with a reason.
 */
public record Input(String source, String id, Loader loader) {
    @FunctionalInterface
    public interface Loader {
        Document load() throws InputException;
    }

    public Document load() throws InputException {
        return loader.load();
    }

    /** An input already known to be bad (a JSON Lines line that does not parse, a line over the limit). */
    static Input refused(String source, String id, String reason) {
        return new Input(source, id, () -> {
            throw new InputException(reason);
        });
    }
}
