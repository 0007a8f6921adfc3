package org.govkg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.govkg.ingest.Document;
import org.govkg.ingest.DocumentReader;
import org.govkg.rdf.GK;
import org.govkg.store.DocumentStore;
import org.govkg.store.KgStore;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A build: documents are read and extracted in parallel, in a bounded window so memory does not
 * grow with the corpus (see ExtractionWindow), and written in input order by this one thread, a batch of documents per
 * TDB2 transaction. A batch that fails is retried document by document, so one bad document never
 * takes others with it and no document is ever half-written.
 */
public final class Pipeline {
    private final Engine engine;

    public Pipeline(Engine engine) {
        this.engine = engine;
    }

    /**
     * Builds the inputs into the store, each document's outcome to {@code listener} as it is known. What the build
     * holds besides the documents in flight is the ids seen (to refuse a second input with one id), not the outcomes.
     */
    public BuildTotals build(DocumentStore store, BuildOptions options, BuildListener listener) throws IOException {
        writeStatic(store, listener);
        Node activity = engine.ontology().activity();
        Outcomes results = new Outcomes(listener);
        listener.stage(Stage.READING);
        listener.inputs(DocumentReader.countKnown(options.inputs()));
        listener.stage(Stage.EXTRACTING);
        Map<String, Batched> batch = new LinkedHashMap<>();
        try (ExtractionWindow<Engine.Result> window = new ExtractionWindow<>(options.threads(),
                d -> collect(d, batch, store, options, results), r -> {
                    results.passed();
                    results.report(r);
                })) {
            // inputs come in order (a JSON Lines file a line at a time); reading and extraction run on the workers
            DocumentReader.each(options.inputs(), options.read(), System.in, input -> window.offer(input.source(), input.id(), () -> {
                Document d = input.load();
                Node graph = engine.iris().graph(d.id());
                // the same input extracted by the same rules: nothing to do (build is incremental and idempotent).
                // Asked per document, from the workers, beside the build's write transaction: a map of every stored
                // document read up front would grow with the corpus.
                if (!options.force() && store.holdsDocument(graph, d.contentHash(), activity))
                    return new Engine.Result(d.id(), graph, null, 0, 0);
                return engine.process(d);
            }));
            window.drain();
            flush(batch, store, results);
        }
        // The links are checked even when no document changed: a build killed after its last document
        // and before this step left them stale. Unchanged links are not rewritten, so a second build of
        // the same inputs leaves the store as it was.
        boolean linksChanged = recomputeLinks(store, listener);
        if (linksChanged || results.totals.stored() > 0) {
            listener.stage(Stage.COMPACTING);
            store.compact();
        }
        listener.stage(Stage.DONE);
        return results.totals;
    }

    private record Batched(ExtractionWindow.Done<Engine.Result> done, long millis) {
        Engine.Result result() {
            return done.value();
        }
    }

    private void collect(ExtractionWindow.Done<Engine.Result> d, Map<String, Batched> batch, DocumentStore store,
                         BuildOptions options, Outcomes results) {
        results.passed();
        if (d.value().unchanged()) {
            results.report(DocumentResult.unchanged(d.source(), d.value().id()));
            return;
        }
        batch.put(d.id(), new Batched(d, d.millis()));
        if (batch.size() >= options.batchDocs()) flush(batch, store, results);
    }

    private void flush(Map<String, Batched> batch, DocumentStore store, Outcomes results) {
        if (batch.isEmpty()) return;
        results.listener.stage(Stage.WRITING);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Batched b : batch.values()) graphs.put(b.result().graphName(), b.result().graph());
        try {
            store.replaceGraphs(graphs);
            for (Batched b : batch.values()) results.report(ok(b));
            store.compactIfGrown();
        } catch (RuntimeException whole) {
            for (Batched b : batch.values()) {
                try {
                    store.replaceGraphs(Map.of(b.result().graphName(), b.result().graph()));
                    results.report(ok(b));
                } catch (RuntimeException one) {
                    results.report(DocumentResult.failed(b.done().source(), b.done().id(), "store write failed: " + one.getMessage()));
                }
            }
        }
        batch.clear();
        results.listener.stage(Stage.EXTRACTING);
    }

    private static DocumentResult ok(Batched b) {
        return new DocumentResult(b.done().source(), b.done().id(), true, b.result().entities(), b.result().observations(), b.millis(), null);
    }

    /** The outcomes so far: counted, and each passed on. */
    private static final class Outcomes {
        private final BuildListener listener;
        private BuildTotals totals = BuildTotals.NONE;
        private long passed;

        Outcomes(BuildListener listener) {
            this.listener = listener;
        }

        /** One more document past extraction (its outcome may wait for its batch's write). */
        void passed() {
            listener.documentsDone(++passed);
        }

        void report(DocumentResult r) {
            totals = totals.plus(r);
            listener.accept(r);
        }
    }

    /** The ontology and gazetteer graphs, rewritten only when the rules that made them changed. */
    private void writeStatic(DocumentStore store, BuildListener listener) {
        Node marker = engine.iris().resource("graph/ontology");
        Node hash = NodeFactory.createLiteralString(engine.ontology().digest() + "|" + engine.iris().base());
        if (store.holds(marker, Triple.create(marker, GK.contentHash, hash))) return;
        listener.stage(Stage.PREPARING);
        Graph onto = engine.ontologyGraph();
        Graph withMarker = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        onto.find().forEachRemaining(withMarker::add);
        withMarker.add(Triple.create(marker, GK.contentHash, hash));
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(engine.iris().ontologyGraph(), withMarker);
        graphs.put(engine.iris().gazetteerGraph(), engine.ontology().gazetteerGraph(engine.gazetteer()));
        store.replaceGraphs(graphs);
    }

    /** Removes the documents' graphs, then recomputes gkr:graph/links and compacts; the ids not in the store are returned. */
    public List<String> remove(DocumentStore store, List<String> ids) {
        Set<Node> present = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Node g = engine.iris().graph(id);
            if (store.holdsGraph(g)) present.add(g);
            else missing.add(id);
        }
        if (!present.isEmpty()) {
            store.removeGraphs(present);
            recomputeLinks(store, r -> {});
            store.compact();
        }
        return missing;
    }

    /**
     * gkr:graph/links from every stored document (see Links), then the store's VoID description (see
     * VoidGraph), each written through the store like a document (so the full-text index follows) and only
     * when it differs from what is stored: a second build of the same inputs leaves the store as it was,
     * and one after a build killed before this step puts both right. Returns whether either changed.
     */
    private boolean recomputeLinks(DocumentStore store, BuildListener listener) {
        listener.stage(Stage.LINKS);
        Links links = new Links(engine.gazetteer(), engine.iris().base());
        boolean changed = replaceIfChanged(store, engine.iris().linksGraph(), sink -> store.read(dsg -> links.compute(dsg, sink)));
        listener.stage(Stage.VOID);
        VoidGraph description = new VoidGraph(engine.iris().base());
        changed |= replaceIfChanged(store, engine.iris().voidGraph(), sink -> store.read(dsg -> description.compute(dsg, sink)));
        return changed;
    }

    /**
     * The links and the VoID description grow with the store (each figure may have ten links, each document has its
     * VoID subset), so they are not held: {@code derive} sends the graph, each triple once, to a spool file in the
     * temporary directory and to a digest (of each triple as the store gives it back), the stored graph goes to
     * another digest, and only when the two differ is the graph replaced from the spool, in one transaction.
     */
    private static boolean replaceIfChanged(DocumentStore store, Node name, Consumer<Consumer<Triple>> derive) {
        Path spool = null;
        try {
            spool = Files.createTempFile("govkg-derived-", ".rt");
            GraphDigest derived = new GraphDigest();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
                writer.start();
                derive.accept(t -> {
                    derived.add(KgStore.asStored(t));
                    writer.triple(t);
                });
                writer.finish();
            }
            GraphDigest stored = new GraphDigest();
            store.eachTriple(name, stored::add);
            if (stored.equals(derived)) return false;
            Path file = spool;
            store.replaceGraph(name, sink -> RDFParser.source(file).lang(Lang.RDFTHRIFT).parse(sink));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the spool of " + name + " in " + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a temporary file left behind is the system's to clear
                }
            }
        }
    }
}
