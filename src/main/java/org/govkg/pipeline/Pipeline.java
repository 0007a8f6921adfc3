package org.govkg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Document;
import org.govkg.rdf.GK;
import org.govkg.rdf.Ontology;
import org.govkg.store.KgStore;

import java.io.IOException;
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

    public List<DocumentResult> build(KgStore store, BuildOptions options, Consumer<DocumentResult> listener) throws IOException {
        writeStatic(store);
        Map<String, String> stored = storedInputs(store);
        String activity = engine.ontology().activity().getURI();
        List<DocumentResult> results = new ArrayList<>();
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
                    report(results, listener, DocumentResult.failed(input.source(), id, "duplicate document id '" + id + "' (an earlier input has the same id)"));
                    return;
                }
                long t0 = System.nanoTime();
                window.add(new Pending(input.source(), id, pool.submit(() -> {
                    Document d = input.load();
                    // the same input extracted by the same rules: nothing to do (build is incremental and idempotent)
                    String was = stored.get(engine.iris().graph(d.id()).getURI());
                    if (!options.force() && (d.contentHash() + "|" + activity).equals(was))
                        return new Engine.Result(d.id(), engine.iris().graph(d.id()), null, 0, 0);
                    return engine.process(d);
                }), t0));
                while (window.size() >= windowSize) collect(window.poll(), batch, store, options, results, listener);
            });
            while (!window.isEmpty()) collect(window.poll(), batch, store, options, results, listener);
            flush(batch, store, results, listener);
        } finally {
            pool.shutdownNow();
        }
        // The links are checked even when no document changed: a build killed after its last document
        // and before this step left them stale. Unchanged links are not rewritten, so a second build of
        // the same inputs leaves the store as it was.
        boolean linksChanged = recomputeLinks(store);
        if (linksChanged || results.stream().anyMatch(r -> r.ok() && !r.unchanged()))
            store.compact();
        return results;
    }

    private record Batched(Pending pending, Engine.Result result, long millis) {}

    private void collect(Pending p, Map<String, Batched> batch, KgStore store, BuildOptions options,
                         List<DocumentResult> results, Consumer<DocumentResult> listener) {
        try {
            Engine.Result r = p.result().get();
            if (r.unchanged()) {
                report(results, listener, DocumentResult.unchanged(p.source(), r.id()));
                return;
            }
            batch.put(p.id(), new Batched(p, r, (System.nanoTime() - p.started()) / 1_000_000));
            if (batch.size() >= options.batchDocs()) flush(batch, store, results, listener);
        } catch (ExecutionException e) {
            report(results, listener, DocumentResult.failed(p.source(), p.id(), e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    private void flush(Map<String, Batched> batch, KgStore store, List<DocumentResult> results, Consumer<DocumentResult> listener) {
        if (batch.isEmpty()) return;
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Batched b : batch.values()) graphs.put(b.result().graphName(), b.result().graph());
        try {
            store.replaceGraphs(graphs);
            for (Batched b : batch.values()) report(results, listener, ok(b));
        } catch (RuntimeException whole) {
            for (Batched b : batch.values()) {
                try {
                    store.replaceGraphs(Map.of(b.result().graphName(), b.result().graph()));
                    report(results, listener, ok(b));
                } catch (RuntimeException one) {
                    report(results, listener, DocumentResult.failed(b.pending().source(), b.pending().id(), "store write failed: " + one.getMessage()));
                }
            }
        }
        batch.clear();
    }

    private static DocumentResult ok(Batched b) {
        return new DocumentResult(b.pending().source(), b.pending().id(), true, b.result().entities(), b.result().observations(), b.millis(), null);
    }

    private static void report(List<DocumentResult> results, Consumer<DocumentResult> listener, DocumentResult r) {
        results.add(r);
        listener.accept(r);
    }

    /** The ontology and gazetteer graphs, rewritten only when the rules that made them changed. */
    private void writeStatic(KgStore store) {
        Node marker = engine.iris().resource("graph/ontology");
        Node hash = NodeFactory.createLiteralString(Ontology.rulesHash() + "|" + engine.iris().base());
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

    /** graph name → "content hash|activity" of every document the store holds. */
    private static Map<String, String> storedInputs(KgStore store) {
        String q = "PREFIX gk: <" + GK.NS + ">\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + "SELECT ?g ?h ?act WHERE { GRAPH ?g { ?a a gk:Article ; gk:contentHash ?h ; prov:wasGeneratedBy ?act } }";
        Map<String, String> out = new java.util.HashMap<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.create().query(q)
                    .dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var s = rs.next();
                    out.put(s.getResource("g").getURI(), s.getLiteral("h").getLexicalForm() + "|" + s.getResource("act").getURI());
                }
            }
        });
        return out;
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
        boolean changed = replaceIfChanged(store, engine.iris().linksGraph(),
                new Links(engine.gazetteer(), engine.iris().base()).compute(store.dataset()));
        changed |= replaceIfChanged(store, engine.iris().voidGraph(), new VoidGraph(engine.iris().base()).compute(store.dataset()));
        return changed;
    }

    private static boolean replaceIfChanged(KgStore store, Node name, Graph derived) {
        Set<Triple> want = new HashSet<>();
        derived.find().forEachRemaining(want::add);
        boolean same = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            Set<Triple> stored = new HashSet<>();
            store.dataset().getGraph(name).find().forEachRemaining(stored::add);
            return stored.equals(want);
        });
        if (same) return false;
        store.replaceGraphs(Map.of(name, derived));
        return true;
    }
}
