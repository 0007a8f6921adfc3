package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.govkg.rdf.GK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A long build compacts the store when TDB2's files have grown a few times over, and only then, keeping every quad. */
class CompactionTest {

    private static final String BASE = "https://w3id.org/govkg/id/";
    private static final long GIB = 1L << 30;

    /** One small document graph per transaction, as a build of many batches writes them. */
    private static void writeDocuments(KgStore store, int from, int count) {
        for (int d = from; d < from + count; d++) {
            Graph g = GraphFactory.createDefaultGraph();
            Node article = NodeFactory.createURI(BASE + "article/doc-" + d);
            for (int i = 0; i < 20; i++)
                g.add(Triple.create(article, GK.contentHash, NodeFactory.createLiteralString("hash " + d + " " + i)));
            store.replaceGraphs(Map.of(NodeFactory.createURI(BASE + "graph/doc-" + d), g));
        }
    }

    /** Counted through the store, not through {@link KgStore#dataset()}, which would make the store a shared one. */
    private static long quads(KgStore store) {
        long[] n = {0};
        store.read(dsg -> n[0] = dsg.stream().count());
        return n[0];
    }

    @Test
    void files_are_grown_only_past_both_the_floor_and_the_factor() {
        assertFalse(KgStore.grown(GIB - 1, 10, GIB, 3), "under the floor");
        assertTrue(KgStore.grown(GIB, 10, GIB, 3), "at the floor, far past 3 times the compacted size");
        assertFalse(KgStore.grown(5 * GIB, 2 * GIB, GIB, 3), "past the floor but not 3 times the compacted size");
        assertTrue(KgStore.grown(6 * GIB, 2 * GIB, GIB, 3), "3 times the compacted size");
    }

    /**
     * The size after the last compaction is the store's, not the process's: read from {@code compacted-bytes} when the
     * store is opened, so that a small build into a large store measures growth from the last compaction, whenever it
     * was; a store without the record counts as compacted when opened.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no record: counts as compacted when opened       | -1 | false
            recorded size far below the files: grown         |  1 | true
            recorded size at the files' size: not grown      |  0 | false
            """)
    void growth_is_measured_from_the_recorded_compaction(String behaviour, long recorded, boolean grows, @TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir)) {
            writeDocuments(store, 0, 50);
        }
        Path record = dir.resolve(KgStore.COMPACTED_FILE);
        if (recorded < 0) Files.delete(record);
        else if (recorded > 0) Files.writeString(record, recorded + "\n");
        else {
            try (KgStore store = KgStore.open(dir)) {
                store.compact();
            }
        }
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(grows, store.compactIfGrown(1, 3), behaviour);
            assertTrue(Files.exists(record), "the record is written: " + behaviour);
            assertEquals(50 * 20, quads(store));
        }
    }

    @Test
    void a_compaction_mid_build_keeps_every_quad_and_the_build_goes_on(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir)) {
            writeDocuments(store, 0, 200);
            long before = store.dataBytes();
            assertTrue(before > 0);
            assertTrue(store.compactIfGrown(1, 1), "files at their size after the last compaction are grown 1 times over");
            assertTrue(store.dataBytes() <= before, "compaction copies only what is live: " + before + " → " + store.dataBytes() + " bytes");
            assertEquals(200 * 20, quads(store));
            assertFalse(store.compactIfGrown(KgStore.FLOOR_BYTES, KgStore.GROWTH), "a small store is not compacted mid-build");

            writeDocuments(store, 200, 50);
            assertEquals(250 * 20, quads(store));
            assertTrue(store.compactIfGrown(1, 1));
            assertEquals(250 * 20, quads(store));
        }
        // the compacted generation's folder keeps govkg's settings, for the next open
        StoreParams kept = StoreParamsCodec.read(Location.create(DatabaseOps.findStorageLocation(dir).toString()));
        assertTrue(kept != null && StoreParams.sameValues(kept, StoreSettings.PARAMS), "tdb.cfg of " + DatabaseOps.findStorageLocation(dir));
        assertEquals(100_000, kept.getNodeId2NodeCacheSize());
        // reopened, the store is whole
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(250 * 20, quads(store));
        }
    }

    /**
     * TDB2 opens the generation a compaction makes (while copying into it, and after) with its default node caches,
     * whatever that generation's tdb.cfg says: govkg's sizes are made the defaults (StoreSettings), so a compacted
     * store goes on with the caches it was opened with, not with TDB2's 200 000 and 1 000 000 entries.
     */
    @Test
    void after_a_compaction_the_store_has_the_node_caches_it_was_opened_with(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir)) {
            writeDocuments(store, 0, 20);
            assertArrayEquals(new int[] {50_000, 100_000}, store.nodeCacheSizes(), "as opened");
            store.compact();
            assertArrayEquals(new int[] {50_000, 100_000}, store.nodeCacheSizes(), "after a compaction");
            writeDocuments(store, 20, 5);
            assertEquals(25 * 20, quads(store));
        }
    }

    /** A server holds the dataset object it was given: a compaction keeps it, and it then reads the new generation. */
    @Test
    void a_compaction_keeps_the_dataset_object_a_server_holds(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir)) {
            writeDocuments(store, 0, 20);
            var served = store.dataset();
            store.compact();
            assertSame(served, store.dataset());
            assertEquals(20 * 20, (long) Txn.calculateRead(served, () -> served.stream().count()), "the served object sees the compacted store");
        }
    }

    /**
     * A worker asking whether a document is stored while the writer compacts waits for the compaction: with read
     * transactions running beside it, TDB2's compaction sometimes never finished (the second or third of these).
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 300, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void readers_during_a_compaction_read_the_store_before_or_after_it(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir)) {
            writeDocuments(store, 0, 100);
            Node graph = NodeFactory.createURI(BASE + "graph/doc-7");
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            int[] reads = {0};
            Thread reader = new Thread(() -> {
                // bounded: stops when the compactions are over, or after a million reads
                while (!done.get() && reads[0] < 1_000_000) {
                    try {
                        if (!store.holdsGraph(graph)) failures.add(new AssertionError("the graph went missing"));
                    } catch (RuntimeException | Error e) {
                        failures.add(e);
                        return;
                    }
                    reads[0]++;
                }
            });
            reader.start();
            for (int i = 0; i < 3; i++) store.compact();
            done.set(true);
            reader.join(60_000);
            assertTrue(failures.isEmpty(), () -> "after " + reads[0] + " reads: " + failures);
            assertTrue(reads[0] > 0, "the reader read");
        }
    }
}
