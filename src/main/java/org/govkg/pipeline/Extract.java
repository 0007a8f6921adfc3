package org.govkg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.govkg.ingest.Document;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.ReadOptions;
import org.govkg.rdf.Iris;
import org.govkg.store.Exporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A document's file, made on a worker: its counts and its canonical N-Quads. */
    private record Written(Engine.Counts counts, byte[] nquads) {}

    public List<DocumentResult> run(List<Path> inputs, Path out, int threads, BuildListener listener) throws IOException {
        return run(inputs, ReadOptions.DEFAULTS, out, threads, listener);
    }

    /**
     * Reads the inputs as build does (text, HTML, JSON Lines, PDF, Word; any encoding) and writes a file per document:
     * each document's triples go from the mapper into the canonical N-Quads sink on its worker, and its file is
     * written in input order here. A file that cannot be written stops the run (IOException).
     */
    public List<DocumentResult> run(List<Path> inputs, ReadOptions read, Path out, int threads, BuildListener listener) throws IOException {
        listener.stage(Stage.PREPARING);
        Files.createDirectories(out);
        for (var f : commonFiles().entrySet()) Files.write(out.resolve(f.getKey()), f.getValue());
        List<DocumentResult> results = new ArrayList<>();
        Consumer<DocumentResult> report = r -> {
            results.add(r);
            listener.documentsDone(results.size());
            listener.accept(r);
        };
        listener.stage(Stage.READING);
        listener.inputs(DocumentReader.countKnown(inputs));
        listener.stage(Stage.EXTRACTING);
        try (ExtractionWindow<Written> window = new ExtractionWindow<>(threads, d -> write(d, out, report), report)) {
            DocumentReader.each(inputs, read, System.in, input -> window.offer(input.source(), input.id(), () -> {
                Document doc = input.load();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                StreamRDF sink = Exporter.canonicalNQuads(engine.iris().graph(doc.id()), bytes);
                sink.start();
                Engine.Counts counts = engine.process(doc, sink);
                sink.finish();
                return new Written(counts, bytes.toByteArray());
            }));
            window.drain();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        listener.stage(Stage.DONE);
        return results;
    }

    private static void write(ExtractionWindow.Done<Written> d, Path out, Consumer<DocumentResult> report) {
        Engine.Counts c = d.value().counts();
        try {
            Files.write(out.resolve(fileName(c.id())), d.value().nquads());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.accept(new DocumentResult(d.source(), c.id(), true, c.entities(), c.observations(), d.millis(), null));
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

    /** A graph as canonical N-Quads in the named graph (see Exporter#canonicalNQuads): one document's file. */
    public static byte[] nquads(Node graphName, Graph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF sink = Exporter.canonicalNQuads(graphName, bytes);
        sink.start();
        graph.find().forEachRemaining(sink::triple);
        sink.finish();
        return bytes.toByteArray();
    }
}
