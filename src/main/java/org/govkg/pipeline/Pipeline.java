package org.govkg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Document;
import org.govkg.rdf.GK;
import org.govkg.store.KgStore;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * A build: documents are read and extracted in parallel, in a bounded window so memory does not
 * grow with the corpus, and written in input order by this one thread, a batch of documents per
 * TDB2 transaction. A batch that fails is retried document by document, so one bad document never
 * takes others with it and no document is ever half-written.
 */
public final class Pipeline {
    private final Engine engine;

    public Pipeline(Engine engine) {
        this.engine = engine;
    }

    /** A document on its way: where it comes from, its id, and its extraction running on a worker. */
    private record Pending(String source, String id, Future<Engine.Result> result, long started) {}

    /**
     * Builds the inputs into the store, each document's outcome to {@code listener} as it is known. What the build
     * holds besides the documents in flight is the ids seen (to refuse a second input with one id), not the outcomes.
     */
    public BuildTotals build(KgStore store, BuildOptions options, Consumer<DocumentResult> listener) throws IOException {
        writeStatic(store);
        Node activity = engine.ontology().activity();
        Outcomes results = new Outcomes(listener);
        Set<String> seen = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "govkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            Map<String, Batched> batch = new LinkedHashMap<>();
            int windowSize = options.threads() * 4;
            // inputs come in order (a JSON Lines file a line at a time); reading and extraction run on the workers
            DocumentReader.each(options.inputs(), options.read(), System.in, input -> {
                String id = input.id();
                if (id != null && !seen.add(id)) {
                    results.report(DocumentResult.failed(input.source(), id, "duplicate document id '" + id + "' (an earlier input has the same id)"));
                    return;
                }
                long t0 = System.nanoTime();
                window.add(new Pending(input.source(), id, pool.submit(() -> {
                    Document d = input.load();
                    // the same input extracted by the same rules: nothing to do (build is incremental and idempotent)
                    if (!options.force() && holds(store, engine.iris().graph(d.id()), d.contentHash(), activity))
                        return new Engine.Result(d.id(), engine.iris().graph(d.id()), null, 0, 0);
                    return engine.process(d);
                }), t0));
                while (window.size() >= windowSize) collect(window.poll(), batch, store, options, results);
            });
            while (!window.isEmpty()) collect(window.poll(), batch, store, options, results);
            flush(batch, store, results);
        } finally {
            pool.shutdownNow();
        }
        // The links are checked even when no document changed: a build killed after its last document
        // and before this step left them stale. Unchanged links are not rewritten, so a second build of
        // the same inputs leaves the store as it was.
        boolean linksChanged = recomputeLinks(store);
        if (linksChanged || results.totals.stored() > 0)
            store.compact();
        return results.totals;
    }

    private record Batched(Pending pending, Engine.Result result, long millis) {}

    private void collect(Pending p, Map<String, Batched> batch, KgStore store, BuildOptions options,
                         Outcomes results) {
        try {
            Engine.Result r = p.result().get();
            if (r.unchanged()) {
                results.report(DocumentResult.unchanged(p.source(), r.id()));
                return;
            }
            batch.put(p.id(), new Batched(p, r, (System.nanoTime() - p.started()) / 1_000_000));
            if (batch.size() >= options.batchDocs()) flush(batch, store, results);
        } catch (ExecutionException e) {
            results.report(DocumentResult.failed(p.source(), p.id(), e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    private void flush(Map<String, Batched> batch, KgStore store, Outcomes results) {
        if (batch.isEmpty()) return;
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
                    results.report(DocumentResult.failed(b.pending().source(), b.pending().id(), "store write failed: " + one.getMessage()));
                }
            }
        }
        batch.clear();
    }

    private static DocumentResult ok(Batched b) {
        return new DocumentResult(b.pending().source(), b.pending().id(), true, b.result().entities(), b.result().observations(), b.millis(), null);
    }

    /** The outcomes so far: counted, and each passed on. */
    private static final class Outcomes {
        private final Consumer<DocumentResult> listener;
        private BuildTotals totals = BuildTotals.NONE;

        Outcomes(Consumer<DocumentResult> listener) {
            this.listener = listener;
        }

        void report(DocumentResult r) {
            totals = totals.plus(r);
            listener.accept(r);
        }
    }

    /** The ontology and gazetteer graphs, rewritten only when the rules that made them changed. */
    private void writeStatic(KgStore store) {
        Node marker = engine.iris().resource("graph/ontology");
        Node hash = NodeFactory.createLiteralString(engine.ontology().digest() + "|" + engine.iris().base());
        DatasetGraph dsg = store.dataset();
        boolean current = Txn.calculateRead(dsg, () -> dsg.contains(marker, marker, GK.contentHash, hash));
        if (current) return;
        Graph onto = engine.ontologyGraph();
        Graph withMarker = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        onto.find().forEachRemaining(withMarker::add);
        withMarker.add(Triple.create(marker, GK.contentHash, hash));
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(engine.iris().ontologyGraph(), withMarker);
        graphs.put(engine.iris().gazetteerGraph(), engine.ontology().gazetteerGraph(engine.gazetteer()));
        store.replaceGraphs(graphs);
    }

    /**
     * Whether the store holds the document's graph made from this very input by these very rules. Asked per
     * document, from the extraction threads, rather than read for the whole store up front: a map of every stored
     * document would grow with the corpus. TDB2 lets these reads run beside the build's write transaction.
     */
    private static boolean holds(KgStore store, Node graph, String contentHash, Node activity) {
        DatasetGraph dsg = store.dataset();
        Node hash = NodeFactory.createLiteralString(contentHash);
        return Txn.calculateRead(dsg, () -> {
            var articles = dsg.find(graph, Node.ANY, GK.contentHash, hash);
            try {
                while (articles.hasNext()) {
                    Node article = articles.next().getSubject();
                    if (dsg.contains(graph, article, GK.provWasGeneratedBy, activity)) return true;
                }
                return false;
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(articles);
            }
        });
    }

    /** Removes the documents' graphs, then recomputes gkr:graph/links and compacts; the ids not in the store are returned. */
    public List<String> remove(KgStore store, List<String> ids) {
        Map<Node, Graph> none = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Node g = engine.iris().graph(id);
            boolean present = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g));
            if (present) none.put(g, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
            else missing.add(id);
        }
        if (!none.isEmpty()) {
            store.removeGraphs(none.keySet());
            recomputeLinks(store);
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
    private boolean recomputeLinks(KgStore store) {
        DatasetGraph dsg = store.dataset();
        boolean changed = replaceIfChanged(store, engine.iris().linksGraph(),
                sink -> new Links(engine.gazetteer(), engine.iris().base()).compute(dsg, sink));
        changed |= replaceIfChanged(store, engine.iris().voidGraph(), sink -> new VoidGraph(engine.iris().base()).compute(dsg, sink));
        return changed;
    }

    /**
     * The links and the VoID description grow with the store (each figure may have ten links, each document has its
     * VoID subset), so they are not held: {@code derive} sends the graph, each triple once, to a spool file in the
     * temporary directory and to a digest (of each triple as the store gives it back), the stored graph goes to
     * another digest, and only when the two differ is the graph replaced from the spool, in one transaction.
     */
    private static boolean replaceIfChanged(KgStore store, Node name, Consumer<Consumer<Triple>> derive) {
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
            GraphDigest stored = Txn.calculateRead(store.dataset(), () -> GraphDigest.of(store.dataset().getGraph(name).find()));
            if (stored.equals(derived)) return false;
            Path file = spool;
            store.replaceGraph(name, sink -> RDFParser.source(file).lang(Lang.RDFTHRIFT).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    sink.accept(t);
                }
            }));
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
