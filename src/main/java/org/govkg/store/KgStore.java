package org.govkg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.govkg.rdf.GK;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The graph store: a TDB2 database in a directory. A batch of named graphs is written in one write
 * transaction (one transaction per small document bloats TDB2, see pitfalls), and each graph is
 * replaced whole, so a rebuilt document leaves no stale triples and a failed batch leaves nothing.
 * TDB2 locks its directory to one process: opening a store another process holds fails here, clearly.
 * <p>
 * The store also owns its full-text index ({@code DIR/text}, see FullTextIndex): every write here changes the
 * index of the graphs it writes in the same step, committed right after TDB2's transaction, so a replaced or
 * removed document's text is never found. A store without an index (built by an older govkg, or restored from
 * a backup) gets it built when it is opened. The dataset's context carries the index, so {@code text:query}
 * works in every query over {@link #dataset()}: {@code query}, {@code serve}, and {@link TextSearch}.
 * <p>
 * A build sees it only as a {@link DocumentStore}; {@link #dataset()} is for the server's wiring and the CLI's
 * read commands.
 */
public final class KgStore implements DocumentStore, AutoCloseable {
    private final DatasetGraph dsg;
    /**
     * Held for reading by every use of the dataset through this object, and for writing by {@link #compact}: TDB2's
     * compaction, with read transactions beginning and ending meanwhile on another thread, now and then never
     * finishes (its exclusive mode waits for ever: CompactionTest's readers saw it within three compactions). A
     * build's workers ask {@link #holdsDocument} while the writer compacts, so they wait for it instead.
     * A server's readers go through {@link #dataset()} and are not held.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock compacting = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final Path dir;
    private final FullTextIndex text;

    private KgStore(Path dir, DatasetGraph dsg, FullTextIndex text) {
        this.dir = dir;
        this.dsg = dsg;
        this.text = text;
        configure();
        this.compactedBytes = recordedCompaction();
    }

    public static KgStore open(Path dir) throws StoreException {
        DatasetGraph dsg;
        try {
            Location location = Location.create(dir.toString());
            dsg = DatabaseConnection.connectCreate(location, StoreSettings.PARAMS).getDatasetGraph();
            StoreSettings.keep(location);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage()
                    + " (is another govkg process, such as a running serve, using it?)", e);
        }
        return withIndex(dir, dsg);
    }

    private static KgStore withIndex(Path dir, DatasetGraph dsg) throws StoreException {
        try {
            return new KgStore(dir, dsg, FullTextIndex.open(dir, dsg));
        } catch (IOException | RuntimeException e) {
            TDBInternal.expel(dsg);
            throw new StoreException("cannot open the full-text index of the store at " + dir + ": " + e.getMessage()
                    + " (is another govkg process, such as a running serve, using it?)", e);
        }
    }

    /** The ontology's own IRI, declared in the ontology graph of every store a govkg build made, whatever its base. */
    private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/govkg/ontology");
    private static final Node OWL_ONTOLOGY = NodeFactory.createURI("http://www.w3.org/2002/07/owl#Ontology");
    private static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    /**
     * Opens a store that a govkg build made, for the commands that read or change one (query, serve, export …).
     * Contract: a folder that is missing, empty, holds no TDB2 database, or holds one without govkg's ontology
     * graph is refused with {@link NotAStoreException} before anything is written there — no TDB2 files, no lock,
     * no full-text index. Only {@link #open} (build, demo) creates a store.
     */
    public static KgStore openBuilt(Path dir) throws StoreException {
        if (!Files.exists(dir)) throw new NotAStoreException(dir, "the folder does not exist");
        if (!Files.isDirectory(dir)) throw new NotAStoreException(dir, "it is a file, not a folder");
        boolean empty, tdb2;
        try (var children = Files.list(dir)) {
            List<Path> all = children.toList();
            empty = all.isEmpty();
            // TDB2 keeps each generation of the database in a Data-NNNN folder of its container
            tdb2 = all.stream().anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
        } catch (IOException e) {
            throw new StoreException("cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
        if (empty) throw new NotAStoreException(dir, "the folder is empty");
        if (!tdb2) throw new NotAStoreException(dir, "the folder holds no TDB2 database");
        DatasetGraph dsg;
        try {
            dsg = DatabaseConnection.connectCreate(Location.create(dir.toString()), StoreSettings.PARAMS).getDatasetGraph();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage()
                    + " (is another govkg process, such as a running serve, using it?)", e);
        }
        boolean ours = Txn.calculateRead(dsg, () -> dsg.contains(Node.ANY, ONTOLOGY, RDF_TYPE, OWL_ONTOLOGY));
        if (!ours) {
            TDBInternal.expel(dsg);
            throw new NotAStoreException(dir, "a TDB2 database without govkg's ontology graph");
        }
        return withIndex(dir, dsg);
    }

    // Compaction gives TDB2 a new dataset underneath, with a new context: set again after it.
    private void configure() {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(TextQuery.textIndex, text.index());
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    private <T> T using(java.util.function.Supplier<T> work) {
        compacting.readLock().lock();
        try {
            return work.get();
        } finally {
            compacting.readLock().unlock();
        }
    }

    private void usingVoid(Runnable work) {
        using(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public boolean holdsDocument(Node graph, String contentHash, Node activity) {
        Node hash = NodeFactory.createLiteralString(contentHash);
        return using(() -> Txn.calculateRead(dsg, () -> {
            Iterator<Quad> articles = dsg.find(graph, Node.ANY, GK.contentHash, hash);
            try {
                while (articles.hasNext())
                    if (dsg.contains(graph, articles.next().getSubject(), GK.provWasGeneratedBy, activity)) return true;
                return false;
            } finally {
                Iter.close(articles);
            }
        }));
    }

    @Override
    public boolean holdsGraph(Node graph) {
        return using(() -> Txn.calculateRead(dsg, () -> dsg.containsGraph(graph)));
    }

    @Override
    public boolean holds(Node graph, Triple t) {
        return using(() -> Txn.calculateRead(dsg, () -> dsg.contains(graph, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    @Override
    public void eachTriple(Node graph, Consumer<Triple> each) {
        usingVoid(() -> Txn.executeRead(dsg, () -> dsg.getGraph(graph).find().forEachRemaining(each)));
    }

    @Override
    public void read(Consumer<DatasetGraph> reader) {
        usingVoid(() -> Txn.executeRead(dsg, () -> reader.accept(dsg)));
    }

    /** Replaces each named graph with the given triples, all in one transaction, and their full-text entries. */
    @Override
    public void replaceGraphs(Map<Node, Graph> graphs) {
        Map<Node, Consumer<Consumer<Triple>>> contents = new LinkedHashMap<>();
        graphs.forEach((name, g) -> contents.put(name, sink -> g.find().forEachRemaining(sink)));
        // graphs in memory can be read twice at once: their index entries are staged on the indexer meanwhile
        usingVoid(() -> GraphWrites.write(dsg, text, contents, indexer));
    }

    /** The thread that stages the full-text entries of graphs in memory while TDB2 is written (see GraphWrites). */
    private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "govkg-index");
        t.setDaemon(true);
        return t;
    });

    /**
     * The triple as the store will give it back: TDB2 keeps small numbers, dates and booleans inside their ids and
     * reads them back in canonical form ("28490000000"^^xsd:decimal comes back as "28490000000.0"), so what is
     * compared with stored triples must be mapped the same way first.
     */
    public static Triple asStored(Triple t) {
        Node o = t.getObject();
        if (!o.isLiteral()) return t;
        NodeId id = NodeIdInline.inline(o);
        if (id == null) return t;
        Node back = NodeIdInline.extract(id);
        return back.equals(o) ? t : Triple.create(t.getSubject(), t.getPredicate(), back);
    }

    /**
     * Replaces one named graph, and its full-text entries, with the triples {@code content} sends to the sink it is
     * given, in one transaction; nothing of them is held in memory, so a graph larger than the heap (the links of a
     * large store) is written as any other.
     */
    @Override
    public void replaceGraph(Node name, Consumer<StreamRDF> content) {
        Map<Node, Consumer<Consumer<Triple>>> contents = new LinkedHashMap<>();
        contents.put(name, sink -> content.accept(GraphWrites.sink(name, sink)));
        write(contents);
    }

    /** Changes named graphs in place, in one transaction, and their full-text entries. */
    @Override
    public void changeGraphs(Map<Node, GraphChange> changes) {
        usingVoid(() -> GraphWrites.change(dsg, text, changes));
    }

    /** The note is a file beside TDB2's, DIR/derived.state: written whole to a temporary file and moved into place. */
    @Override
    public String derivedState() {
        Path file = dir.resolve(DERIVED_STATE);
        try {
            return Files.exists(file) ? Files.readString(file, java.nio.charset.StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;  // unreadable: as if stale, so the next build recomputes
        }
    }

    @Override
    public void derivedState(String state) {
        Path file = dir.resolve(DERIVED_STATE);
        try {
            if (state == null) {
                Files.deleteIfExists(file);
                return;
            }
            replaceWhole(file, state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static final String DERIVED_STATE = "derived.state";

    /**
     * The store's small records beside TDB2's files (the derived-graphs note, the compacted size): written whole to a
     * temporary file, forced to disk and moved over the old one, so a crash leaves the old record or the new, never half.
     */
    private static void replaceWhole(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    // read from the store's folder on first use (a build of files), by the extraction workers
    private Map<String, InputStamp> stamps;

    @Override
    public synchronized InputStamp inputStamp(String documentId) {
        if (stamps == null) stamps = InputStamps.read(dir);
        return stamps.get(documentId);
    }

    private boolean stampsChanged;

    @Override
    public synchronized void recordInputStamps(Map<String, InputStamp> recorded) {
        if (recorded.isEmpty()) return;
        if (stamps == null) stamps = InputStamps.read(dir);
        recorded.forEach((id, stamp) -> stampsChanged |= !stamp.equals(stamps.put(id, stamp)));
    }

    @Override
    public synchronized void saveInputStamps() {
        if (!stampsChanged) return;
        try {
            InputStamps.write(dir, stamps);
            stampsChanged = false;
        } catch (IOException e) {
            // without them the next build reads the inputs again: slower, never wrong
            org.slf4j.LoggerFactory.getLogger(KgStore.class).warn("cannot record the input stamps in {}: {}", dir, e.toString());
        }
    }

    /** Deletes the named graphs whole, in one transaction, and their full-text entries. */
    @Override
    public void removeGraphs(Collection<Node> names) {
        Map<Node, Consumer<Consumer<Triple>>> none = new LinkedHashMap<>();
        for (Node name : names) none.put(name, null);
        write(none);
    }

    private void write(Map<Node, Consumer<Consumer<Triple>>> graphs) {
        usingVoid(() -> GraphWrites.write(dsg, text, graphs));
    }

    /** Reclaims the space earlier transactions left behind (TDB2 keeps old B+tree copies until compacted). */
    @Override
    public void compact() {
        compacting.writeLock().lock();
        try {
            DatabaseMgr.compact(dsg, true);
        } finally {
            compacting.writeLock().unlock();
        }
        configure();
        recordCompaction(dataBytes());
    }

    /**
     * The node cache sizes of the store's current generation as TDB2 opened it, node to id and id to node: the
     * settings a compaction's new generation gets are TDB2's defaults (see StoreSettings#PARAMS).
     */
    int[] nodeCacheSizes() {
        StoreParams p = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
        return new int[] {p.getNode2NodeIdCacheSize(), p.getNodeId2NodeCacheSize()};
    }

    /**
     * Compacts when TDB2's files have grown to {@value #GROWTH} times their size after the last compaction (and
     * past {@value #FLOOR_BYTES} bytes), that size being recorded in the store ({@value #COMPACTED_FILE}) so the rule
     * holds across builds: a small build into a large store does not copy the whole store. Every write transaction
     * leaves copies of the B+tree blocks it touched, and
     * a block holds keys of many documents, so a long build's files grow much faster than its data: 100 000
     * generated articles filled 75 GB of disk before their build ended. Compacting as it goes bounds the disk at a
     * few times the data, at the cost of copying the data once per compaction (a geometric series, so about
     * {@value #GROWTH} / ({@value #GROWTH} − 1) times the final size in all).
     *
     * @return whether it compacted
     */
    @Override
    public boolean compactIfGrown() {
        return compactIfGrown(FLOOR_BYTES, GROWTH);
    }

    boolean compactIfGrown(long floorBytes, int growth) {
        if (!grown(dataBytes(), compactedBytes, floorBytes, growth)) return false;
        compact();
        return true;
    }

    @Override
    public boolean grown() {
        return grown(dataBytes(), compactedBytes, FLOOR_BYTES, GROWTH);
    }

    /**
     * The size of TDB2's files after the last compaction, as recorded in {@value #COMPACTED_FILE}. A store without the
     * record (new, or made by an older govkg, which compacted after every build) counts as compacted now, and the
     * record is written so that growth is measured from here on.
     */
    private long recordedCompaction() {
        Path file = dir.resolve(COMPACTED_FILE);
        try {
            if (Files.exists(file)) return Long.parseLong(Files.readString(file).strip());
        } catch (IOException | NumberFormatException unreadable) {
            // recorded again below
        }
        long now = dataBytes();
        recordCompaction(now);
        return now;
    }

    private void recordCompaction(long bytes) {
        compactedBytes = bytes;
        Path file = dir.resolve(COMPACTED_FILE);
        try {
            replaceWhole(file, bytes + "\n");
        } catch (IOException e) {
            // without the record the next open measures from its own size: compaction comes later, never wrongly
            org.slf4j.LoggerFactory.getLogger(KgStore.class).warn("cannot record the compacted size in {}: {}", file, e.toString());
        }
    }

    /** The file in the store's folder that holds the size of TDB2's files after the last compaction, in bytes. */
    static final String COMPACTED_FILE = "compacted-bytes";

    /**
     * Whether files of {@code bytes} have grown enough since a compaction left {@code compacted}. Sizes are the files'
     * lengths: TDB2 grows them in segments of 8 MiB, so a small store's are mostly room; past the floor they are data.
     */
    static boolean grown(long bytes, long compacted, long floorBytes, int growth) {
        return bytes >= Math.max(floorBytes, growth * compacted);
    }

    static final long FLOOR_BYTES = 1L << 30;
    static final int GROWTH = 3;

    /** Bytes of TDB2's current generation of files (Data-NNNN), the full-text index aside. */
    long dataBytes() {
        try (var files = Files.walk(dir)) {
            return files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().startsWith("Data-"))
                    .filter(Files::isRegularFile).mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException gone) {
                            return 0;  // removed by a compaction meanwhile
                        }
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    private long compactedBytes;

    /**
     * A consistent copy of the whole store, gzipped N-Quads, written by TDB2's own backup inside a read
     * transaction (readers go on meanwhile); returns the file, under the store's Backups folder.
     */
    public Path backup() {
        return Path.of(DatabaseMgr.backup(dsg));
    }

    public Path directory() {
        return dir;
    }

    @Override
    public void close() {
        indexer.shutdown();
        try {
            text.close();
        } finally {
            TDBInternal.expel(dsg);
        }
    }

}
