package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over a store of the samples, spoken to over HTTP as any SPARQL client would.
 * The write attempts run last, so that if one ever got through it cannot spoil the reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndpointIT {

    static final String GK = "https://w3id.org/govkg/ontology#";
    static final String GRAPH = "https://w3id.org/govkg/id/graph/";
    static final String ARTICLE = "https://w3id.org/govkg/id/article/";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final Node GK_ARTICLE = NodeFactory.createURI(GK + "Article");
    static final String ONE = "xindu-economy-2023h1";
    static final String OTHER = "wuxing-plenary-2023";
    static final String ALL_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path dir;
    static Served served;
    static List<String> ids;

    @BeforeAll
    static void build_and_serve() throws Exception {
        ids = Govkg.sampleIds();
        served = Served.samples(dir);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    @Order(1)
    void select_with_json_accept_returns_bindings() {
        HttpResponse<String> r = Http.get(sparql() + "?query=" + Http.encode(
            "SELECT ?article ?headline WHERE { ?article a <" + GK + "Article> ; <https://schema.org/headline> ?headline }"),
            Http.SPARQL_JSON);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith(Http.SPARQL_JSON), Http.contentType(r));
        List<Map<String, String>> rows = Http.rows(Http.json(r.body()));
        Set<String> articles = new HashSet<>();
        rows.forEach(row -> articles.add(row.get("article")));
        Set<String> expected = new HashSet<>();
        ids.forEach(id -> expected.add(ARTICLE + id));
        assertEquals(expected, articles, "articles with a headline");
        assertTrue(rows.stream().allMatch(row -> !row.getOrDefault("headline", "").isBlank()), rows::toString);
    }

    @Test
    @Order(2)
    void graph_store_get_of_a_document_graph_is_turtle_with_its_article() {
        HttpResponse<String> r = Http.get(served.dataset() + "/data?graph=" + Http.encode(GRAPH + ONE), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith("text/turtle"), Http.contentType(r));
        Graph g = Http.parse(r, Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(ARTICLE + ONE), RDF.type.asNode(), GK_ARTICLE),
                   "the graph of " + ONE + " types its article gk:Article");
        // only this document's article: the graph is the document's, not the union
        List<Triple> articles = g.find(Node.ANY, RDF.type.asNode(), GK_ARTICLE).toList();
        assertEquals(1, articles.size(), articles::toString);
    }

    @Test
    @Order(3)
    void graph_store_get_of_the_default_graph_is_the_union_of_the_documents() {
        HttpResponse<String> r = Http.get(served.dataset() + "/data?default", "application/n-triples");
        assertEquals(200, r.statusCode(), () -> r.body().substring(0, Math.min(2000, r.body().length())));
        Graph g = Http.parse(r, Lang.NTRIPLES);
        for (String id : List.of(ONE, OTHER))
            assertTrue(g.contains(NodeFactory.createURI(ARTICLE + id), RDF.type.asNode(), GK_ARTICLE),
                       "the default graph holds the article of " + id + " (" + g.size() + " triples)");
        // the union also takes in the shared graphs
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(GK + "divisionCode"), NodeFactory.createLiteralString("510114")),
                   "the default graph holds the gazetteer (新都区 510114)");
    }

    @Test
    @Order(4)
    void plain_get_of_the_sparql_endpoint_is_a_service_description_naming_the_document_graphs() {
        HttpResponse<String> r = Http.get(sparql(), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith("text/turtle"), Http.contentType(r));
        Graph g = Http.parse(r, Lang.TURTLE);
        List<Node> services = g.find(Node.ANY, RDF.type.asNode(), sd("Service")).mapWith(Triple::getSubject).toList();
        assertEquals(1, services.size(), "one sd:Service");
        Set<Node> named = new HashSet<>();
        g.find(Node.ANY, sd("namedGraph"), Node.ANY)
         .forEachRemaining(t -> g.find(t.getObject(), sd("name"), Node.ANY).forEachRemaining(n -> named.add(n.getObject())));
        for (String id : ids)
            assertTrue(named.contains(NodeFactory.createURI(GRAPH + id)), "sd:namedGraph of " + id + " among " + named);
    }

    @Test
    @Order(5)
    void root_serves_the_fuseki_ui() {
        HttpResponse<String> r = Http.get(served.baseUrl + "/", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith("text/html"), Http.contentType(r));
        assertTrue(r.body().contains("<title>Apache Jena Fuseki UI</title>"), r.body());
        // and the application the page loads comes out of the jar too
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(r.body());
        assertTrue(script.find(), "no script in the UI page: " + r.body());
        HttpResponse<String> js = Http.get(served.baseUrl + "/" + script.group(1), "*/*");
        assertEquals(200, js.statusCode(), "GET /" + script.group(1));
        assertFalse(js.body().isEmpty(), "empty " + script.group(1));
    }

    @Test
    @Order(100)
    void sparql_updates_are_refused_and_change_nothing() {
        long before = Http.count(sparql(), ALL_QUADS);
        String headline = "https://schema.org/headline";
        String insert = "INSERT DATA { GRAPH <urn:govkg-it:g> { <urn:govkg-it:s> <urn:govkg-it:p> \"x\" } }";
        String delete = "DELETE WHERE { GRAPH <" + GRAPH + ONE + "> { <" + ARTICLE + ONE + "> <" + headline + "> ?h } }";
        for (String endpoint : List.of(sparql(), served.dataset() + "/update", served.dataset())) {
            for (String update : List.of(insert, delete)) {
                assertRefused(Http.post(endpoint, "application/sparql-update", update), "POST sparql-update to " + endpoint);
                assertRefused(Http.post(endpoint, "application/x-www-form-urlencoded", "update=" + Http.encode(update)),
                              "POST update= form to " + endpoint);
            }
        }
        assertEquals(before, Http.count(sparql(), ALL_QUADS), "quads after the refused updates");
        assertEquals(0, Http.count(sparql(), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:govkg-it:s> ?p ?o } }"));
        assertEquals(1, Http.count(sparql(), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + ONE + "> { <"
                                             + ARTICLE + ONE + "> <" + headline + "> ?h } }"));
    }

    @Test
    @Order(101)
    void graph_store_writes_are_refused_and_change_nothing() {
        long before = Http.count(sparql(), ALL_QUADS);
        String turtle = "<urn:govkg-it:s> <urn:govkg-it:p> \"x\" .";
        String data = served.dataset() + "/data";
        String newGraph = data + "?graph=" + Http.encode("urn:govkg-it:g");
        String docGraph = data + "?graph=" + Http.encode(GRAPH + ONE);
        assertRefused(Http.send(Http.request(newGraph).header("Content-Type", "text/turtle")
                                    .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build()), "PUT " + newGraph);
        assertRefused(Http.post(data + "?default", "text/turtle", turtle), "POST " + data + "?default");
        assertRefused(Http.send(Http.request(docGraph).DELETE().build()), "DELETE " + docGraph);
        assertEquals(before, Http.count(sparql(), ALL_QUADS), "quads after the refused writes");
    }

    private static void assertRefused(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, () -> what + " → " + r.statusCode() + "\n" + r.body());
    }

    private static String sparql() {
        return served.dataset() + "/sparql";
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
