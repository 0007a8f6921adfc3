package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.govkg.store.Exporter;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed after its last document and before the links leaves gkr:graph/links stale (here: gone,
 * or holding a triple no document supports) and the store's note cleared (DerivedGraphs clears it before its
 * first write). The next build finds every document unchanged and must still put the links right, leaving the
 * store as an uninterrupted build does; so must {@code build --relink} whatever the note says.
 */
class LinksRepairTest {
    private static final Node LINKS = NodeFactory.createURI("https://w3id.org/govkg/id/graph/links");

    @Test
    void stale_links_are_recomputed_by_a_build_that_changes_no_document(@TempDir Path dir) throws Exception {
        Path articles = Path.of("src/test/resources/articles/identity");
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            Engines.build(store, articles);
            byte[] whole = export(store);
            long links = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(LINKS).size());
            assertTrue(links > 0, "the identity articles share things: the links graph is not empty");

            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(LINKS, Node.ANY, Node.ANY, Node.ANY));
            store.derivedState(null);
            List<DocumentResult> again = Engines.build(store, articles);
            assertTrue(again.stream().allMatch(DocumentResult::unchanged), "no document changed");
            assertArrayEquals(whole, export(store), "links missing after a kill");

            Node x = NodeFactory.createURI("https://w3id.org/govkg/id/project/stale");
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(LINKS, x, x, x));
            store.derivedState(null);
            Engines.build(store, articles);
            assertArrayEquals(whole, export(store), "a links triple no document supports");
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(LINKS, x, x, x));
            new Pipeline(Engines.get()).build(store, new BuildOptions(store.directory(), List.of(articles), 2, 10,
                    BuildOptions.DEFAULT_BASE, org.govkg.ingest.ReadOptions.DEFAULTS, false, true), r -> {});
            assertArrayEquals(whole, export(store), "build --relink, the note saying the links are up to date");
            assertEquals(links, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(LINKS).size()));
        }
    }

    // identity: shared things, so gk:documentCount integers; conflict: conflicts whose gk:difference is a whole
    // number (2540000000), which TDB2 gives back as "2540000000.0"
    @ParameterizedTest
    @ValueSource(strings = {"identity", "conflict"})
    void a_second_build_of_the_same_articles_finds_the_links_unchanged_and_writes_nothing(String corpus, @TempDir Path dir) throws Exception {
        Path articles = Path.of("src/test/resources/articles", corpus);
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            Engines.build(store, articles);
            List<String> generations = generations(dir.resolve("db"));
            Engines.build(store, articles);
            // the links are compared by digest with what TDB2 gives back (its integers and decimals included):
            // a difference would rewrite them and compact the store into a new generation
            assertEquals(generations, generations(dir.resolve("db")));
        }
    }

    private static List<String> generations(Path db) throws Exception {
        try (var files = java.nio.file.Files.list(db)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    private static byte[] export(KgStore store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store.dataset(), Exporter.Format.NQ, out);
        return out.toByteArray();
    }
}
