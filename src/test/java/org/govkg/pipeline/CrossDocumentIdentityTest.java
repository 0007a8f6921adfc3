package org.govkg.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three articles written for this test (src/test/resources/articles/identity): a 江宁区 groundbreaking
 * report naming a project in full and a park, a 南京市 report naming the same project in short and the
 * same park, and a 黄陂区 (武汉) report about another park of the same generic name. Built together into a
 * real TDB2 store, the links graph must join the first two and keep the third apart.
 */
class CrossDocumentIdentityTest {
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void build() throws Exception {
        store = KgStore.open(dir.resolve("db"));
        Path articles = Path.of("src/test/resources/articles/identity");
        Engines.build(store, articles);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The labels of everything owl:sameAs the thing labelled {@code label} in the links graph. */
    private static Set<String> sameAs(String label) {
        String q = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?other WHERE {
                  ?a rdfs:label "%s"@zh .
                  GRAPH <https://w3id.org/govkg/id/graph/links> { ?a owl:sameAs ?b }
                  ?b skos:prefLabel ?other .
                }""".formatted(label);
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) out.add(rs.next().getLiteral("other").getLexicalForm());
            }
            return out;
        });
    }

    @Test
    void a_project_named_in_short_by_a_city_report_is_the_districts_project() {
        assertEquals(Set.of("南京恒拓新能源科技有限公司年产20GWh动力电池项目"), sameAs("恒拓动力电池项目"));
        assertEquals(Set.of("恒拓动力电池项目"), sameAs("南京恒拓新能源科技有限公司年产20GWh动力电池项目"));
    }

    @Test
    void a_park_named_by_a_city_and_by_its_district_is_one_park_and_another_citys_namesake_stays_apart() {
        Set<String> same = sameAs("江宁智能网联汽车产业园");
        assertEquals(Set.of("江宁智能网联汽车产业园"), same, "the 南京市 article's park, under its own IRI, and nothing from 黄陂区");
        assertTrue(sameAs("智能网联汽车产业园").isEmpty(), "the 黄陂区 park is linked to nothing");
    }

    @Test
    void every_thing_keeps_each_article_that_mentions_it() {
        String q = """
                PREFIX gk: <https://w3id.org/govkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { ?d rdfs:label "南京市"@zh ; gk:mentionedIn ?article }""";
        long n = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(2, n, "南京市 is one IRI mentioned in the 江宁区 and the 南京市 article");
    }

    @Test
    void the_links_count_the_articles_that_mention_a_thing_and_leave_out_things_of_one_article() {
        assertEquals(List.of(2L), documentCounts("南京市"), "南京市: the 江宁区 and the 南京市 article");
        assertEquals(List.of(), documentCounts("智能网联汽车产业园"), "the 黄陂区 park: its own article only");
    }

    private static List<Long> documentCounts(String label) {
        String q = """
                PREFIX gk: <https://w3id.org/govkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?d ?n WHERE { ?d rdfs:label "%s"@zh . GRAPH <https://w3id.org/govkg/id/graph/links> { ?d gk:documentCount ?n } }""".formatted(label);
        return Txn.calculateRead(store.dataset(), () -> {
            List<Long> out = new java.util.ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("n").getLong()));
            }
            return out;
        });
    }

    @Test
    void articles_that_state_no_figure_twice_have_no_conflict() {
        String q = "ASK { GRAPH <https://w3id.org/govkg/id/graph/links> { ?c a <https://w3id.org/govkg/ontology#Conflict> } }";
        boolean any = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                return qe.execAsk();
            }
        });
        assertEquals(false, any);
    }
}
