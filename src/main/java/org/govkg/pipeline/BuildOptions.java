package org.govkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a build is asked to do.
 *
 * @param threads   extraction threads (documents are extracted in parallel, written by one writer)
 * @param batchDocs documents per write transaction
 * @param base      the base IRI resources are minted under
 */
public record BuildOptions(Path db, List<Path> inputs, int threads, int batchDocs, String base) {
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/id/";

    public BuildOptions {
        Objects.requireNonNull(db, "db");
        inputs = List.copyOf(inputs);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (batchDocs < 1) throw new IllegalArgumentException("batch size must be at least 1");
    }
}
