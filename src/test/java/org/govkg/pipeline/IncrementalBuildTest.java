package org.govkg.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.govkg.store.Exporter;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds are incremental and idempotent: the same inputs again change nothing (byte-identical export), a changed
 * article alone is extracted again, and removing an article takes its mentions and links with it while the
 * things it shared with others keep theirs. On the three identity articles of src/test/resources/articles.
 */
class IncrementalBuildTest {
    private static byte[] export(KgStore store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store.dataset(), Exporter.Format.NQ, out);
        return out.toByteArray();
    }

    private static long count(KgStore store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static final String NANJING_ARTICLES = """
            PREFIX gk: <https://w3id.org/govkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?d rdfs:label "南京市"@zh ; gk:mentionedIn ?a }""";
    private static final String SAME_AS = """
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/govkg/id/graph/links> { ?a <http://www.w3.org/2002/07/owl#sameAs> ?b } }""";

    @Test
    void the_same_inputs_again_change_nothing_and_a_changed_article_alone_is_read_again(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        for (Path p : Files.list(Path.of("src/test/resources/articles/identity")).toList()) Files.copy(p, articles.resolve(p.getFileName()));
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            assertEquals(3, Engines.build(store, articles).stream().filter(r -> r.ok() && !r.unchanged()).count());
            byte[] first = export(store);
            List<DocumentResult> again = Engines.build(store, articles);
            assertEquals(3, again.stream().filter(DocumentResult::unchanged).count());
            assertArrayEquals(first, export(store));
            Path huangpi = articles.resolve("huangpi-park-2024.txt");
            Files.writeString(huangpi, Files.readString(huangpi, StandardCharsets.UTF_8) + "\n黄陂区将加快园区配套建设。\n", StandardCharsets.UTF_8);
            List<DocumentResult> third = Engines.build(store, articles);
            assertEquals(List.of("huangpi-park-2024"), third.stream().filter(r -> r.ok() && !r.unchanged()).map(DocumentResult::id).toList());
            assertEquals(2, third.stream().filter(DocumentResult::unchanged).count());
        }
    }

    @Test
    void removing_an_article_takes_its_mentions_and_links_and_leaves_the_others(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            Engines.build(store, Path.of("src/test/resources/articles/identity"));
            assertEquals(2, count(store, NANJING_ARTICLES));
            assertTrue(count(store, SAME_AS) > 0);
            List<String> missing = new Pipeline(Engines.get()).remove(store, List.of("nanjing-investment-2024", "no-such-article"));
            assertEquals(List.of("no-such-article"), missing);
            assertEquals(1, count(store, NANJING_ARTICLES), "南京市 is still mentioned by the 江宁区 article");
            assertEquals(0, count(store, SAME_AS), "the links to the removed article's things are gone");
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/govkg/id/graph/nanjing-investment-2024> { ?s ?p ?o } }"));
        }
    }
}
