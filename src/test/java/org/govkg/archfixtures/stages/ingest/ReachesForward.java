package org.govkg.archfixtures.stages.ingest;

import org.govkg.archfixtures.stages.extract.Recognizer;

/** Rejected: ingest calls extract, a later stage. */
public final class ReachesForward {
    public static int mentions(String text) {
        return Recognizer.count(text);
    }
}
