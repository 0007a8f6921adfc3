package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.govkg.pipeline.Pipeline;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search over the bundled samples and one article written for it (src/test/resources/articles/search):
 * what {@code text:query} and {@link TextSearch} find, written by hand from samples/gold.
 */
class TextSearchTest {
    static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX gk: <https://w3id.org/govkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    /** The industrial zones of samples/gold whose name (label or an alias) holds 产业园: each is found by 产业园. */
    static final Map<String, Set<String>> GOLD_PARKS = Map.of(
            "东林湖智造产业园", Set.of(),
            "埭溪绿色家居产业园", Set.of(),
            "大沥湾区数智产业园", Set.of(),
            "南海西樵高端纺织产业园", Set.of("西樵高端纺织产业园"),
            "鄢陵县金汇智造产业园", Set.of("金汇智造产业园"),
            "马栏镇蜡梅产业园", Set.of("蜡梅产业园"),
            // a project the gold also types gk:IndustrialZone
            "临湖智能制造产业园一期项目", Set.of("临湖智能制造产业园一期"));
    /** Zones of samples/gold whose names share 产业 but not 产业园: a word-overlap search would find them. */
    static final List<String> GOLD_ZONES_WITHOUT_PARK = List.of("新都轨道装备产业功能区", "肥东临湖高新技术产业开发区");

    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void build() throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        for (Path p : Files.list(Path.of("samples/articles")).filter(p -> p.toString().endsWith(".txt")).toList())
            Files.copy(p, articles.resolve(p.getFileName()));
        Files.copy(Path.of("src/test/resources/articles/search/wuqing-signing-2024.txt"), articles.resolve("wuqing-signing-2024.txt"));
        store = KgStore.open(dir.resolve("db"));
        Engines.build(store, articles);
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    static List<QuerySolution> select(KgStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(PREFIXES + query)
                    .dataset(DatasetFactory.wrap(store.dataset())).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                // copied inside the transaction: TDB2 finds a row's terms only while it is open
                rs.forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    copy.addAll(row);
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    static Set<String> strings(List<QuerySolution> rows, String var) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : rows) out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI());
        return out;
    }

    @Test
    void audi_finds_the_project_named_after_it() {
        Set<String> projects = strings(select(store, """
                SELECT ?pref WHERE { ?s text:query "奥迪" ; a gk:Project ; skos:prefLabel ?pref }"""), "pref");
        assertEquals(Set.of("奥迪新能源汽车零部件项目"), projects);
        List<TextSearch.Hit> hits = TextSearch.over(store.dataset()).search("奥迪", TextSearch.Field.LABEL, 10);
        assertEquals(List.of("奥迪新能源汽车零部件项目"), hits.stream().map(TextSearch.Hit::literal).toList());
        assertTrue(hits.get(0).graph().endsWith("/graph/wuqing-signing-2024"), hits.toString());
    }

    @Test
    void industrial_park_finds_every_park_of_the_samples_by_any_of_its_names() {
        List<QuerySolution> rows = select(store, """
                SELECT ?s ?label WHERE { ?s text:query "产业园" ; rdfs:label ?label }""");
        Set<String> labelsOfHits = strings(rows, "label");
        for (Map.Entry<String, Set<String>> park : GOLD_PARKS.entrySet()) {
            Set<String> names = new TreeSet<>(park.getValue());
            names.add(park.getKey());
            assertTrue(names.stream().anyMatch(labelsOfHits::contains), park.getKey() + " not found: " + labelsOfHits);
        }
    }

    @Test
    void industrial_park_finds_only_literals_that_contain_it_not_every_word_it_shares() {
        List<QuerySolution> rows = select(store, """
                SELECT ?s ?score ?literal WHERE { (?s ?score ?literal) text:query "产业园" }""");
        assertFalse(rows.isEmpty());
        for (String literal : strings(rows, "literal")) assertTrue(literal.contains("产业园"), literal);
        Set<String> hit = strings(select(store, """
                SELECT ?label WHERE { ?s text:query "产业园" ; rdfs:label ?label }"""), "label");
        for (String zone : GOLD_ZONES_WITHOUT_PARK) assertFalse(hit.contains(zone), zone + " holds 产业, not 产业园");
        // and it finds those with a plain 产业 query: the index has them, 产业园 simply does not match them
        Set<String> industry = strings(select(store, """
                SELECT ?label WHERE { ?s text:query "产业" ; a gk:IndustrialZone ; rdfs:label ?label }"""), "label");
        assertTrue(industry.containsAll(GOLD_ZONES_WITHOUT_PARK), industry.toString());
    }

    @Test
    void the_zones_found_are_exactly_the_stored_zones_whose_names_hold_it() {
        Set<String> byIndex = strings(select(store, """
                SELECT DISTINCT ?s WHERE { ?s text:query "产业园" ; a gk:IndustrialZone }"""), "s");
        Set<String> byScan = strings(select(store, """
                SELECT DISTINCT ?s WHERE { ?s a gk:IndustrialZone ; rdfs:label ?l FILTER(CONTAINS(?l, "产业园")) }"""), "s");
        assertEquals(byScan, byIndex);
        assertTrue(byIndex.size() >= 6, byIndex.toString());
    }

    @Test
    void a_property_list_searches_that_field_and_evidence_finds_the_sentence() {
        assertEquals(Set.of("奥迪新能源汽车零部件项目"), strings(select(store, """
                SELECT ?l WHERE { (?s ?score ?l) text:query (rdfs:label "奥迪") }"""), "l"));
        Set<String> sentences = strings(select(store, """
                SELECT ?l WHERE { (?s ?score ?l) text:query (nif:anchorOf "奥迪") }"""), "l");
        assertTrue(sentences.stream().anyMatch(s -> s.contains("奥迪新能源汽车零部件项目总投资35亿元")), sentences.toString());
        // the observation whose evidence it is
        Set<String> observations = strings(select(store, """
                SELECT ?o WHERE { ?span text:query (nif:anchorOf "奥迪") . ?o gk:evidence ?span ; gk:value ?v FILTER(?v = 3500000000) }"""), "o");
        assertEquals(1, observations.size(), "the 35亿元 investment: " + observations);
    }

    @Test
    void the_union_default_graph_still_answers_ordinary_queries() {
        Set<String> types = strings(select(store, """
                SELECT ?t WHERE { ?s skos:prefLabel "大沥湾区数智产业园"@zh ; a ?t }"""), "t");
        assertTrue(types.contains("https://w3id.org/govkg/ontology#IndustrialZone"), types.toString());
    }

    @Test
    void search_gives_one_hit_per_thing_in_score_then_iri_order() {
        TextSearch search = TextSearch.over(store.dataset());
        List<TextSearch.Hit> hits = search.search("产业园", 1000);
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i < hits.size(); i++) {
            TextSearch.Hit h = hits.get(i);
            assertTrue(keys.add(h.iri() + " " + h.field()), "twice: " + h);
            assertTrue(h.literal().contains("产业园"), h.toString());
            if (i > 0) {
                TextSearch.Hit p = hits.get(i - 1);
                assertTrue(p.score() > h.score() || p.score() == h.score() && p.iri().compareTo(h.iri()) <= 0, p + " before " + h);
            }
        }
        assertTrue(hits.stream().anyMatch(h -> h.field() == TextSearch.Field.EVIDENCE), "evidence sentences are searched too");
        assertEquals(hits, search.search("产业园", 1000), "the same order every time");
        assertEquals(hits.subList(0, 5), search.search("产业园", 5));
    }

    @Test
    void malformed_lucene_syntax_is_a_clean_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextSearch.over(store.dataset()).search("产业园 AND (", 10));
        assertTrue(e.getMessage().startsWith("not a valid search: 产业园 AND ("), e.getMessage());
        assertThrows(QueryParseException.class, () -> select(store, """
                SELECT ?s WHERE { ?s text:query "产业园 AND (" }"""));
        assertEquals(List.of(), TextSearch.over(store.dataset()).search("  ", 10));
    }

    @Test
    void terms_with_chinese_become_phrases_and_the_rest_of_lucene_syntax_is_kept() {
        assertEquals("\"产业园\"", HanTextIndex.phrases("产业园"));
        assertEquals("\"产业园\" AND \"汽车\"", HanTextIndex.phrases("产业园 AND 汽车"));
        assertEquals("-\"奥迪\" (\"产业园\" OR \"开发区\")^2", HanTextIndex.phrases("-奥迪 (产业园 OR 开发区)^2"));
        assertEquals("label:\"奥迪\" \"already quoted\" \"10GWh储能\"", HanTextIndex.phrases("label:奥迪 \"already quoted\" 10GWh储能"));
        assertEquals("park* 产业园~1 \"产 业\"", HanTextIndex.phrases("park* 产业园~1 \"产 业\""));
    }
}
