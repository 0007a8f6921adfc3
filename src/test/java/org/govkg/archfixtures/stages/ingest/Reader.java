package org.govkg.archfixtures.stages.ingest;

/** Passes: a first stage that uses nothing. */
public final class Reader {
    public static String read(String text) {
        return text.strip();
    }
}
