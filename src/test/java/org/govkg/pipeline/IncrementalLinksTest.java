package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store built in steps — articles added a few at a time, one changed, some removed and one added back — keeps
 * gkr:graph/links and gkr:graph/void as a recomputation over the whole store makes them, though each step after the
 * first only follows what it changed. On the articles written for govkg: the identity ones (owl:sameAs across
 * articles of one city), the conflict ones (figures that agree and disagree), and the bundled samples.
 */
class IncrementalLinksTest {
    private static final String BASE = BuildOptions.DEFAULT_BASE;
    private static final Path ARTICLES = Path.of("src/test/resources/articles");

    @Test
    void every_step_of_an_incremental_build_leaves_the_links_and_void_of_a_whole_recomputation(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Engine engine = Engines.get();
        Pipeline pipeline = new Pipeline(engine);
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            // first build: a new store, recomputed whole
            step(store, pipeline, in, List.of(ARTICLES.resolve("identity/nanjing-investment-2024.txt"),
                    ARTICLES.resolve("conflict/jiangning-economy-2024h1.txt")), "first build");
            // the things and figures of these join those already stored: sameAs, corroboration and conflict appear
            step(store, pipeline, in, List.of(ARTICLES.resolve("identity/jiangning-groundbreaking-2024.txt"),
                    ARTICLES.resolve("conflict/jiangning-plenary-2024.txt")), "links across steps");
            step(store, pipeline, in, List.of(ARTICLES.resolve("identity/huangpi-park-2024.txt"),
                    ARTICLES.resolve("conflict/jiangning-briefing-2024.txt")), "a third article of one group");
            step(store, pipeline, in, samples(), "the samples");
            assertTrue(count(store, "http://www.w3.org/2002/07/owl#sameAs") > 0, "the steps made owl:sameAs links");
            assertTrue(count(store, "https://w3id.org/govkg/ontology#conflictsWith") > 0, "the steps made conflicts");

            // a changed article: another figure for the group, and a sentence more
            Path plenary = in.resolve("jiangning-plenary-2024.txt");
            Files.writeString(plenary, Files.readString(plenary, StandardCharsets.UTF_8).replace("1524亿元", "1498亿元")
                    + "\n江宁区将加快推进重大项目建设。\n", StandardCharsets.UTF_8);
            step(store, pipeline, in, List.of(), "a changed article");

            // removals, one that shares things with another article, one that holds a figure of a conflict
            assertFalse(new DerivedGraphs(engine, store, false).whole(), "a removal follows what it removes");
            pipeline.remove(store, List.of("nanjing-investment-2024", "jiangning-economy-2024h1"));
            assertSameAsWhole(store, "after removals");
            Files.delete(in.resolve("nanjing-investment-2024.txt"));
            Files.delete(in.resolve("jiangning-economy-2024h1.txt"));

            // one removed article back
            step(store, pipeline, in, List.of(ARTICLES.resolve("identity/nanjing-investment-2024.txt")), "an article back");
            pipeline.remove(store, List.of("jiangning-briefing-2024", "huangpi-park-2024", "nanhai-park-2024"));
            assertSameAsWhole(store, "after more removals");
        }
    }

    private static List<Path> samples() throws Exception {
        try (var files = Files.list(Path.of("samples/articles"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Copies the articles into the build's folder, builds it, and compares the derived graphs with a recomputation. */
    private static void step(KgStore store, Pipeline pipeline, Path in, List<Path> articles, String what) throws Exception {
        for (Path a : articles) Files.copy(a, in.resolve(a.getFileName()));
        boolean first = store.derivedState() == null;
        assertEquals(!first, !new DerivedGraphs(Engines.get(), store, false).whole(), what + ": the build follows its changes");
        pipeline.build(store, new BuildOptions(store.directory(), List.of(in), 2, 4, BASE), r -> {
            if (!r.ok()) throw new AssertionError(r.source() + ": " + r.error());
        });
        assertSameAsWhole(store, what);
    }

    private static void assertSameAsWhole(KgStore store, String what) {
        Engine engine = Engines.get();
        Set<String> links = new TreeSet<>(), linksWhole = new TreeSet<>(), description = new TreeSet<>(), descriptionWhole = new TreeSet<>();
        stored(store, engine.iris().linksGraph(), links);
        stored(store, engine.iris().voidGraph(), description);
        store.read(dsg -> new Links(engine.gazetteer(), BASE).compute(dsg, t -> linksWhole.add(KgStore.asStored(t).toString())));
        // the VoID description counts the links graph: recomputed over the store whose links were just compared
        store.read(dsg -> new VoidGraph(BASE).compute(dsg, t -> descriptionWhole.add(KgStore.asStored(t).toString())));
        assertEquals(String.join("\n", linksWhole), String.join("\n", links), what + ": gkr:graph/links");
        assertEquals(String.join("\n", descriptionWhole), String.join("\n", description), what + ": gkr:graph/void");
    }

    private static void stored(KgStore store, Node graph, Set<String> into) {
        store.eachTriple(graph, t -> into.add(t.toString()));
    }

    private static long count(KgStore store, String property) {
        Set<Triple> found = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(Engines.get().iris().linksGraph(), Node.ANY,
                org.apache.jena.graph.NodeFactory.createURI(property), Node.ANY).forEachRemaining(q -> found.add(q.asTriple())));
        return found.size();
    }
}
