package org.govkg.archfixtures.stages.extract;

import org.govkg.archfixtures.stages.ingest.Reader;

/** Passes: extract may use ingest. */
public final class Recognizer {
    public static int count(String text) {
        return Reader.read(text).length();
    }
}
