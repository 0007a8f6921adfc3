package org.govkg.testing;

import org.govkg.ingest.Document;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.InputException;
import org.govkg.pipeline.Engine;

import java.nio.charset.StandardCharsets;

/** One engine per test JVM: loading HanLP, the gazetteer and the scheme takes a few seconds. */
public final class Engines {
    private static Engine engine;

    private Engines() {}

    public static synchronized Engine get() {
        if (engine == null) engine = new Engine("https://w3id.org/govkg/id/");
        return engine;
    }

    public static Document doc(String id, String text) {
        try {
            return DocumentReader.fromBytes(id, id + ".txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
