package org.govkg.spark.archfixtures;

import org.govkg.pipeline.Extract;

/** Passes: the file a document's N-Quads go to, named by govkg's extraction entry point. */
public final class RunsTheExtraction {
    public static String file(String id) {
        return Extract.fileName(id);
    }
}
