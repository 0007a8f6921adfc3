package org.govkg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.ReadOptions;
import org.govkg.rdf.Iris;
import org.govkg.store.Exporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Extraction without a store: one canonical N-Quads file per document ({@code <id>.nq}, its named graph),
 * plus {@code _ontology.nq} and {@code _gazetteer.nq}, so that any engine can run extraction in parallel and
 * any bulk loader (Jena's tdb2.xloader, another store's) can load the result. The files are the same
 * whatever the thread count; the cross-document graph gkr:graph/links needs every document and is made by
 * {@code build}, not here.
 */
public final class Extract {
    /** The files every output folder holds beside the documents'. */
    public static final String ONTOLOGY_FILE = "_ontology.nq", GAZETTEER_FILE = "_gazetteer.nq";

    private final Engine engine;

    public Extract(Engine engine) {
        this.engine = engine;
    }

    private record Pending(String source, String id, Future<Engine.Result> result) {}

    public List<DocumentResult> run(List<Path> inputs, Path out, int threads, Consumer<DocumentResult> listener) throws IOException {
        return run(inputs, ReadOptions.DEFAULTS, out, threads, listener);
    }

    /** Reads the inputs as build does (text, HTML, JSON Lines, PDF, Word; any encoding) and writes a file per document. */
    public List<DocumentResult> run(List<Path> inputs, ReadOptions read, Path out, int threads, Consumer<DocumentResult> listener) throws IOException {
        Files.createDirectories(out);
        for (var f : commonFiles().entrySet()) Files.write(out.resolve(f.getKey()), f.getValue());
        List<DocumentResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "govkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            java.io.IOException[] failed = new java.io.IOException[1];
            DocumentReader.each(inputs, read, System.in, input -> {
                if (input.id() != null && !seen.add(input.id())) {
                    done(results, listener, DocumentResult.failed(input.source(), input.id(), "duplicate document id '" + input.id() + "' (an earlier input has the same id)"));
                    return;
                }
                window.add(new Pending(input.source(), input.id(), pool.submit(() -> engine.process(input.load()))));
                try {
                    while (window.size() >= threads * 4) collect(window.poll(), out, results, listener);
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) throw failed[0];
            while (!window.isEmpty()) collect(window.poll(), out, results, listener);
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private void collect(Pending p, Path out, List<DocumentResult> results, Consumer<DocumentResult> listener) throws IOException {
        long t0 = System.nanoTime();
        try {
            Engine.Result r = p.result().get();
            Files.write(out.resolve(fileName(r.id())), nquads(r.graphName(), r.graph()));
            done(results, listener, new DocumentResult(p.source(), r.id(), true, r.entities(), r.observations(),
                    (System.nanoTime() - t0) / 1_000_000, null));
        } catch (ExecutionException e) {
            done(results, listener, DocumentResult.failed(p.source(), p.id(), e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        }
    }

    /**
     * {@link #ONTOLOGY_FILE} and {@link #GAZETTEER_FILE} with their bytes, in that order. Public, with
     * {@link #fileName} and {@link #nquads}, so that another engine running extraction (govkg-spark) writes the
     * very bytes this class does.
     */
    public Map<String, byte[]> commonFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ONTOLOGY_FILE, nquads(engine.iris().ontologyGraph(), engine.ontologyGraph()));
        files.put(GAZETTEER_FILE, nquads(engine.iris().gazetteerGraph(), engine.ontology().gazetteerGraph(engine.gazetteer())));
        return files;
    }

    /** The file a document's graph goes to: its id escaped as in its graph IRI (no '/', '%' or controls), then .nq. */
    public static String fileName(String id) {
        return Iris.escape(id) + ".nq";
    }

    /** A graph as canonical N-Quads in the named graph: one document's file. */
    public static byte[] nquads(Node graphName, Graph graph) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Triple t : graph.find().toList()) dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Exporter.export(dsg, Exporter.Format.NQ, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);  // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static void done(List<DocumentResult> results, Consumer<DocumentResult> listener, DocumentResult r) {
        results.add(r);
        listener.accept(r);
    }
}
