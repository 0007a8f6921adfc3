package org.govkg.archfixtures.stages.pipeline;

import org.govkg.archfixtures.stages.extract.Recognizer;
import org.govkg.archfixtures.stages.ingest.Reader;

/** Passes: the pipeline composes the stages before it. */
public final class Composes {
    public int run(String text) {
        return Recognizer.count(Reader.read(text));
    }
}
