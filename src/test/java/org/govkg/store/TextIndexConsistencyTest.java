package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Pipeline;
import org.govkg.rdf.GK;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index follows the store (jena-text alone keeps stale entries when a graph is replaced, apache/jena#1985):
 * a rebuilt document's old text is gone and its new text found, a removed document's text is gone, a store
 * without an index or with an interrupted write gets it built on open, and a failed write changes neither.
 */
class TextIndexConsistencyTest {
    private static final Path ARTICLE = Path.of("src/test/resources/articles/search/wuqing-signing-2024.txt");
    private static final Path SAMPLE = Path.of("samples/articles/nanhai-park-2024.txt");

    private static List<String> labels(KgStore store, String q) {
        return TextSearch.over(store.dataset()).search(q, TextSearch.Field.LABEL, 100).stream().map(TextSearch.Hit::literal).toList();
    }

    private static List<TextSearch.Hit> all(KgStore store, String q) {
        return TextSearch.over(store.dataset()).search(q, 100);
    }

    /** The hits in the search article's graph (the gazetteer has towns named 宝马镇 too). */
    private static List<TextSearch.Hit> inArticle(KgStore store, String q) {
        return all(store, q).stream().filter(h -> h.graph().endsWith("/graph/wuqing-signing-2024")).toList();
    }

    private static Path articles(Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        Files.copy(ARTICLE, articles.resolve(ARTICLE.getFileName()));
        Files.copy(SAMPLE, articles.resolve(SAMPLE.getFileName()));
        return articles;
    }

    @Test
    void a_rebuilt_document_is_found_by_its_new_text_only_and_a_removed_one_not_at_all(@TempDir Path dir) throws Exception {
        Path articles = articles(dir);
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            Engines.build(store, articles);
            assertEquals(List.of("奥迪新能源汽车零部件项目"), labels(store, "奥迪"));
            int parks = all(store, "产业园").size();

            // the same inputs again: unchanged, and no entry twice
            List<DocumentResult> again = Engines.build(store, articles);
            assertTrue(again.stream().allMatch(DocumentResult::unchanged));
            assertEquals(parks, all(store, "产业园").size());

            Path a = articles.resolve(ARTICLE.getFileName());
            Files.writeString(a, Files.readString(a, StandardCharsets.UTF_8).replace("奥迪", "宝马"), StandardCharsets.UTF_8);
            List<DocumentResult> rebuilt = Engines.build(store, articles);
            assertEquals(List.of("wuqing-signing-2024"), rebuilt.stream().filter(r -> !r.unchanged()).map(DocumentResult::id).toList());
            assertEquals(List.of(), all(store, "奥迪"), "the old text, label and evidence, is gone");
            assertEquals(List.of("宝马新能源汽车零部件项目"), inArticle(store, "宝马").stream()
                    .filter(h -> h.field() == TextSearch.Field.LABEL).map(TextSearch.Hit::literal).toList());
            assertTrue(inArticle(store, "宝马").stream().anyMatch(h -> h.field() == TextSearch.Field.EVIDENCE && h.literal().contains("宝马新能源汽车零部件项目总投资35亿元")));
            assertEquals(parks, all(store, "产业园").size(), "the other document's entries are untouched");

            new Pipeline(Engines.get()).remove(store, List.of("wuqing-signing-2024"));
            assertEquals(List.of(), inArticle(store, "宝马"), "a removed document's text is not found");
            assertEquals(List.of(), all(store, "武清区新能源汽车零部件项目集中签约"));
            assertEquals(parks, all(store, "产业园").size());
        }
        // and it is so on disk: reopened, nothing is rebuilt and the answers are the same
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            assertEquals(List.of(), inArticle(store, "宝马"));
            assertTrue(labels(store, "产业园").contains("大沥湾区数智产业园"));
        }
    }

    @Test
    void a_store_without_an_index_or_with_an_interrupted_write_gets_it_built_on_open(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (KgStore store = KgStore.open(db)) {
            Engines.build(store, articles(dir));
        }
        deleteTree(db.resolve("text"));
        try (KgStore store = KgStore.open(db)) {
            assertEquals(List.of("奥迪新能源汽车零部件项目"), labels(store, "奥迪"));
            assertTrue(labels(store, "南海区").contains("南海区"), "the gazetteer is indexed too");
        }
        // TDB2 committed, Lucene did not: the marker is left, and the next open builds the index again
        try (KgStore store = KgStore.open(db)) {
            Node g = NodeFactory.createURI("https://w3id.org/govkg/id/graph/extra");
            Graph graph = GraphFactory.createDefaultGraph();
            graph.add(Triple.create(NodeFactory.createURI("https://w3id.org/govkg/id/project/extra"), GK.rdfsLabel,
                    NodeFactory.createLiteralLang("奥迪测试项目", "zh")));
            store.replaceGraphs(Map.of(g, graph));
            assertEquals(List.of("奥迪新能源汽车零部件项目", "奥迪测试项目"), labels(store, "奥迪").stream().sorted().toList());
        }
        deleteTree(db.resolve("text"));
        Files.createDirectories(db.resolve("text"));
        Files.writeString(db.resolve("text.pending"), "");
        try (KgStore store = KgStore.open(db)) {
            assertEquals(List.of("奥迪新能源汽车零部件项目", "奥迪测试项目"), labels(store, "奥迪").stream().sorted().toList());
        }
        assertFalse(Files.exists(db.resolve("text.pending")));
    }

    @Test
    void a_write_that_fails_changes_neither_the_store_nor_the_index(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            Node g = NodeFactory.createURI("https://w3id.org/govkg/id/graph/a");
            Node s = NodeFactory.createURI("https://w3id.org/govkg/id/zone/a");
            Graph good = GraphFactory.createDefaultGraph();
            good.add(Triple.create(s, GK.rdfsLabel, NodeFactory.createLiteralLang("甲乙产业园", "zh")));
            store.replaceGraphs(Map.of(g, good));
            // one write of two graphs: the first is fine and staged in the index, the second cannot be stored
            Node g2 = NodeFactory.createURI("https://w3id.org/govkg/id/graph/b");
            Graph fine = GraphFactory.createDefaultGraph();
            fine.add(Triple.create(NodeFactory.createURI("https://w3id.org/govkg/id/zone/b"), GK.rdfsLabel,
                    NodeFactory.createLiteralLang("丙丁产业园", "zh")));
            Graph bad = GraphFactory.createDefaultGraph();
            bad.add(Triple.create(s, GK.rdfsLabel, NodeFactory.createLiteralLang("戊己产业园", "zh")));
            bad.add(Triple.create(s, GK.rdfsLabel, NodeFactory.createVariable("notATerm")));
            Map<Node, Graph> write = new java.util.LinkedHashMap<>();
            write.put(g2, fine);
            write.put(g, bad);
            boolean failed = false;
            try {
                store.replaceGraphs(write);
            } catch (RuntimeException expected) {
                failed = true;
            }
            assertTrue(failed, "a variable cannot be stored");
            assertEquals(List.of("甲乙产业园"), labels(store, "产业园"));
            assertFalse(org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g2)));
            assertEquals(1L, (long) org.apache.jena.system.Txn.calculateRead(store.dataset(),
                    () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY))));
        }
    }

    private static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
