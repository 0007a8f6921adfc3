package org.govkg.testing;

import org.govkg.ingest.Document;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.InputException;
import org.govkg.pipeline.BuildOptions;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Engine;
import org.govkg.pipeline.Pipeline;
import org.govkg.store.KgStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One engine per test JVM: loading HanLP, the gazetteer and the scheme takes a few seconds. */
public final class Engines {
    private static Engine engine;

    private Engines() {}

    public static synchronized Engine get() {
        if (engine == null) engine = new Engine("https://w3id.org/govkg/id/");
        return engine;
    }

    /** Builds the articles into the store as {@code build} does (two threads); a refused article fails the test. */
    public static List<DocumentResult> build(KgStore store, Path articles) throws java.io.IOException {
        List<DocumentResult> results = new java.util.ArrayList<>();
        new Pipeline(get()).build(store, new BuildOptions(store.directory(), List.of(articles), 2, 10, BuildOptions.DEFAULT_BASE), r -> {
            if (!r.ok()) throw new AssertionError(r.source() + ": " + r.error());
            results.add(r);
        });
        return results;
    }

    public static Document doc(String id, String text) {
        try {
            return DocumentReader.fromBytes(id, id + ".txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
