package org.govkg.pipeline;

import org.govkg.ingest.ReadOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a build is asked to do.
 *
 * @param threads   extraction threads (documents are extracted in parallel, written by one writer)
 * @param batchDocs documents per write transaction
 * @param base      the base IRI resources are minted under
 * @param read      how inputs are read: encoding, size limit, the id of standard input ("-" among the inputs)
 * @param force     extract every input again, even one the store holds unchanged
 * @param relink    recompute the links and the VoID description over the whole store, not only for what the build
 *                  changed (see DerivedGraphs)
 */
public record BuildOptions(Path db, List<Path> inputs, int threads, int batchDocs, String base, ReadOptions read, boolean force,
                           boolean relink) {
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/id/";

    /** The links follow what the build changes. */
    public BuildOptions(Path db, List<Path> inputs, int threads, int batchDocs, String base, ReadOptions read, boolean force) {
        this(db, inputs, threads, batchDocs, base, read, force, false);
    }

    /** Unchanged documents (same input, same rules) are skipped. */
    public BuildOptions(Path db, List<Path> inputs, int threads, int batchDocs, String base, ReadOptions read) {
        this(db, inputs, threads, batchDocs, base, read, false);
    }

    /** Inputs read with the defaults: encoding detected, 20 MB a document, no standard input. */
    public BuildOptions(Path db, List<Path> inputs, int threads, int batchDocs, String base) {
        this(db, inputs, threads, batchDocs, base, ReadOptions.DEFAULTS);
    }

    public BuildOptions {
        Objects.requireNonNull(db, "db");
        inputs = List.copyOf(inputs);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (batchDocs < 1) throw new IllegalArgumentException("batch size must be at least 1");
        Objects.requireNonNull(read, "read");
    }
}
