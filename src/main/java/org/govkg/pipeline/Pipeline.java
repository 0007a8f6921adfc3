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
import org.govkg.store.StoreException;
import org.govkg.store.StoreSeed;

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
     * Before a new store is opened: plants the seed this jar carries (store/StoreSeed) into {@code db} when it is
     * absent or empty and the seed was made by these rules for this base, so the first build finds the ontology and
     * gazetteer graphs, their index and their VoID description in place; returns whether it did. Otherwise the
     * build writes them itself.
     */
    public boolean plantSeed(Path db) throws IOException {
        return StoreSeed.plant(db, DerivedGraphs.state(engine));
    }

    /**
     * Makes the seed of a new store ({@code govkg seed}, run when the jar is built): an empty build into a new store in
     * {@code work}, whose files are written to {@code zip}.
     */
    public void writeSeed(Path work, Path zip) throws IOException, StoreException {
        String state = DerivedGraphs.state(engine);
        Path db = work.resolve("seed-store");
        try (KgStore store = KgStore.open(db)) {
            build(store, new BuildOptions(db, List.of(), 1, 1, engine.iris().base()), r -> {}, false);
        }
        StoreSeed.write(db, state, zip);
    }

    /**
     * Builds the inputs into the store, each document's outcome to {@code listener} as it is known. What the build
     * holds besides the documents in flight is the ids seen (to refuse a second input with one id), not the outcomes.
     */
    public BuildTotals build(DocumentStore store, BuildOptions options, BuildListener listener) throws IOException {
        return build(store, options, listener, true);
    }

    /**
     * {@link #build}, compacting the store when {@code compact} and its files have grown past the ratio (see
     * DocumentStore#compactIfGrown), never otherwise: a watch round passes false, so that what it adds is served before
     * any compaction (FolderWatch compacts after the round).
     */
    BuildTotals build(DocumentStore store, BuildOptions options, BuildListener listener, boolean compact) throws IOException {
        DerivedGraphs derived = new DerivedGraphs(engine, store, options.relink());
        writeStatic(store, derived, listener);
        Node activity = engine.ontology().activity();
        Outcomes results = new Outcomes(listener);
        listener.stage(Stage.READING);
        listener.inputs(DocumentReader.countKnown(options.inputs()));
        listener.stage(Stage.EXTRACTING);
        Batch batch = new Batch();
        InputStamping stamps = new InputStamping(store, engine);
        try (ExtractionWindow<Engine.Result> window = new ExtractionWindow<>(options.threads(),
                d -> collect(d, batch, store, options, results, compact, stamps, derived), r -> {
                    results.passed();
                    results.report(r);
                })) {
            // inputs come in order (a JSON Lines file a line at a time); reading and extraction run on the workers
            DocumentReader.each(options.inputs(), options.read(), System.in, input -> window.offer(input.source(), input.id(), () -> {
                // a file with the size and time stamped when its document was stored, still stored so: not even read
                InputStamping.Seen seen = InputStamping.look(input);
                if (!options.force() && stamps.asStamped(input.id(), seen))
                    return new Engine.Result(input.id(), engine.iris().graph(input.id()), null, 0, 0);
                Document d = input.load();
                Node graph = engine.iris().graph(d.id());
                // the same input extracted by the same rules: nothing to do (build is incremental and idempotent).
                // Asked per document, from the workers, beside the build's write transaction: a map of every stored
                // document read up front would grow with the corpus.
                if (!options.force() && store.holdsDocument(graph, d.contentHash(), activity)) {
                    stamps.stored(d, seen);
                    return new Engine.Result(d.id(), graph, null, 0, 0);
                }
                stamps.extracting(d, seen);
                // packed on the worker as it is mapped: the graph then waits for its batch's write in a fraction of the heap
                return engine.processPacked(d);
            }));
            window.drain();
            flush(batch, store, results, compact, stamps, derived);
            stamps.save();
        }
        // The links and the VoID description follow what the build changed (DerivedGraphs), or are recomputed
        // over the whole store when the store's note does not vouch for them (a build killed after its documents
        // and before this step, another version's store, --relink). Unchanged links are not rewritten, so a second
        // build of the same inputs leaves the store as it was.
        boolean linksChanged = derived.finish(store, listener, () -> recomputeLinks(store, listener));
        if (compact && (linksChanged || results.totals.stored() > 0) && store.grown()) {
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

    /**
     * The documents waiting for their write transaction, by id, and their triples. A batch is written when it holds
     * the documents asked for ({@code --batch}) or {@value #BATCH_TRIPLES} triples, whichever comes first: long real
     * articles give ten times the triples of short ones, and the heap a batch takes follows its triples.
     */
    private static final class Batch extends LinkedHashMap<String, Batched> {
        long triples;

        boolean full(int docs) {
            return size() >= docs || triples >= BATCH_TRIPLES;
        }

        @Override
        public void clear() {
            super.clear();
            triples = 0;
        }
    }

    /**
     * At most this many triples wait in a build's write batch (a document is never split). Packed (see PackedGraph),
     * the 600 000 triples of 2048 generated articles raised the live heap of a build under -Xmx512m from 120–160 MB
     * to about 205 MB while being written; the rest of the heap is for HanLP, the gazetteer and TDB2's caches.
     */
    static final long BATCH_TRIPLES = 600_000;

    private void collect(ExtractionWindow.Done<Engine.Result> d, Batch batch, DocumentStore store,
                         BuildOptions options, Outcomes results, boolean compact, InputStamping stamps, DerivedGraphs derived) {
        results.passed();
        if (d.value().unchanged()) {
            results.report(DocumentResult.unchanged(d.source(), d.value().id()));
            return;
        }
        batch.put(d.id(), new Batched(d, d.millis()));
        batch.triples += d.value().graph().size();
        if (batch.full(options.batchDocs())) flush(batch, store, results, compact, stamps, derived);
    }

    private void flush(Map<String, Batched> batch, DocumentStore store, Outcomes results, boolean compact, InputStamping stamps, DerivedGraphs derived) {
        if (batch.isEmpty()) return;
        results.listener.stage(Stage.WRITING);
        write(batch, store, results, stamps, derived);
        batch.clear();
        // after the batch is let go: a compaction holds two generations of TDB2's caches, and under -Xmx512m it must
        // not also hold the batch's graphs (up to BATCH_TRIPLES triples, packed)
        if (compact) store.compactIfGrown();
        results.listener.stage(Stage.EXTRACTING);
    }

    /** Writes the batch in one transaction, or document by document when that fails; each outcome reported. */
    private static void write(Map<String, Batched> batch, DocumentStore store, Outcomes results, InputStamping stamps, DerivedGraphs derived) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Batched b : batch.values()) graphs.put(b.result().graphName(), b.result().graph());
        derived.replacing(store, graphs);
        try {
            store.replaceGraphs(graphs);
            for (Batched b : batch.values()) {
                stamps.written(b.done().id(), true);
                results.report(ok(b));
            }
        } catch (RuntimeException whole) {
            for (Batched b : batch.values()) {
                try {
                    store.replaceGraphs(Map.of(b.result().graphName(), b.result().graph()));
                    stamps.written(b.done().id(), true);
                    results.report(ok(b));
                } catch (RuntimeException one) {
                    stamps.written(b.done().id(), false);
                    results.report(DocumentResult.failed(b.done().source(), b.done().id(), "store write failed: " + one.getMessage()));
                }
            }
        }
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
    private void writeStatic(DocumentStore store, DerivedGraphs derived, BuildListener listener) {
        Node marker = engine.iris().resource("graph/ontology");
        Node hash = NodeFactory.createLiteralString(engine.ontology().digest() + "|" + engine.iris().base());
        if (store.holds(marker, Triple.create(marker, GK.contentHash, hash))) return;
        listener.stage(Stage.PREPARING);
        derived.rewritingAll(store);
        Graph onto = engine.ontologyGraph();
        Graph withMarker = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        onto.find().forEachRemaining(withMarker::add);
        withMarker.add(Triple.create(marker, GK.contentHash, hash));
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(engine.iris().ontologyGraph(), withMarker);
        graphs.put(engine.iris().gazetteerGraph(), engine.ontology().gazetteerGraph(engine.gazetteer()));
        store.replaceGraphs(graphs);
    }

    /** Removes the documents' graphs, then brings gkr:graph/links up to date and compacts; the ids not in the store are returned. */
    public List<String> remove(DocumentStore store, List<String> ids) {
        Set<Node> present = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Node g = engine.iris().graph(id);
            if (store.holdsGraph(g)) present.add(g);
            else missing.add(id);
        }
        if (!present.isEmpty()) {
            DerivedGraphs derived = new DerivedGraphs(engine, store, false);
            derived.removing(store, present);
            store.removeGraphs(present);
            BuildListener none = r -> {};
            derived.finish(store, none, () -> recomputeLinks(store, none));
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
