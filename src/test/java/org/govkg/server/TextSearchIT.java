package org.govkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code text:query} over HTTP: a real KgServer on an ephemeral loopback port over the samples' store. */
class TextSearchIT {
    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX gk: <https://w3id.org/govkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;

    @BeforeAll
    static void start() throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        for (Path p : Files.list(Path.of("samples/articles")).filter(p -> p.toString().endsWith(".txt")).toList())
            Files.copy(p, articles.resolve(p.getFileName()));
        Files.copy(Path.of("src/test/resources/articles/search/wuqing-signing-2024.txt"), articles.resolve("wuqing-signing-2024.txt"));
        store = KgStore.open(dir.resolve("db"));
        Engines.build(store, articles);
        server = KgServer.start(store.dataset(), new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(30), "govkg"));
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) server.close();
        } finally {
            if (store != null) store.close();
        }
    }

    private static HttpResponse<String> query(String sparql) {
        return Http.get(Http.query(server.baseUrl() + "/govkg/sparql", PREFIXES + sparql), SPARQL_JSON);
    }

    private static Set<String> values(HttpResponse<String> r, String var) {
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        Http.json(r).at("/results/bindings").forEach(b -> out.add(b.at("/" + var + "/value").asText()));
        return out;
    }

    @Test
    void text_query_finds_the_parks_and_the_union_default_graph_gives_their_labels() {
        Set<String> parks = values(query("""
                SELECT DISTINCT ?label WHERE { ?s text:query "产业园" ; a gk:IndustrialZone ; skos:prefLabel ?label }"""), "label");
        // written from samples/gold: the zones named …产业园 (by their full names)
        for (String park : new String[] {"东林湖智造产业园", "埭溪绿色家居产业园", "大沥湾区数智产业园", "南海西樵高端纺织产业园"})
            assertTrue(parks.contains(park), park + " not in " + parks);
        assertFalse(parks.contains("新都轨道装备产业功能区"), parks.toString());
        Set<String> subjects = values(query("SELECT ?s WHERE { ?s text:query \"产业园\" }"), "s");
        assertTrue(subjects.size() >= parks.size(), subjects.toString());
    }

    @Test
    void the_score_and_literal_form_and_the_property_list_form() {
        HttpResponse<String> r = query("""
                SELECT ?s ?score ?literal WHERE { (?s ?score ?literal) text:query (rdfs:label "奥迪") }""");
        assertEquals(Set.of("奥迪新能源汽车零部件项目"), values(r, "literal"));
        assertTrue(Http.json(r).at("/results/bindings/0/score/value").asDouble() > 0, r.body());
        assertEquals(Set.of("奥迪新能源汽车零部件项目"), values(query("""
                SELECT ?pref WHERE { ?s text:query ("奥迪" 10) ; skos:prefLabel ?pref }"""), "pref"));
    }

    @Test
    void ordinary_queries_still_read_the_union_of_the_graphs() {
        assertEquals(Set.of("https://w3id.org/govkg/ontology#IndustrialZone"), values(query("""
                SELECT ?t WHERE { ?s skos:prefLabel "东林湖智造产业园"@zh ; a ?t }"""), "t"));
    }

    @Test
    void malformed_lucene_syntax_is_a_400_with_the_reason_not_a_stack_trace() {
        HttpResponse<String> r = query("SELECT ?s WHERE { ?s text:query \"产业园 AND (\" }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("产业园 AND ("), r.body());
        assertFalse(r.body().contains("\tat org."), r.body());
    }
}
