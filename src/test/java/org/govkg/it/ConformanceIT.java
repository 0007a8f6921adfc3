package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance tier (`mvn verify -Pconformance`, run by `.ci/run` after installing the tools): the
 * server checked by clients nobody here wrote. Debian's headless Chromium renders the pages (DOM
 * assertions, a followed link, screenshots under target/screenshots); raptor's {@code rapper} parses the
 * RDF that IRIs and VoID dereference to; rasqal's {@code roqet} queries the SPARQL endpoint and parses
 * every result format the endpoint negotiates. Expected labels and figures are the samples' gold.
 */
class ConformanceIT {
    static final String BASE = "https://w3id.org/govkg/id/";
    static final String ZONE_QUERY = "SELECT ?z WHERE { ?z a <https://w3id.org/govkg/ontology#IndustrialZone> } ORDER BY ?z";
    static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) triples");

    @TempDir
    static Path dir;
    static Served served;
    static Path screenshots;

    @BeforeAll
    static void build_and_serve() throws Exception {
        served = Served.samples(dir);
        screenshots = Path.of(System.getProperty("govkg.jar", "target/govkg.jar")).toAbsolutePath().getParent().resolve("screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    static String url(String path) {
        return served.baseUrl + path;
    }

    static Document browse(String path) {
        Tools.Run r = Tools.run(dir, Tools.chromium(dir.resolve("chromium-profile"), "--dump-dom", url(path))).ok("chromium --dump-dom " + path);
        return Jsoup.parse(r.out(), url(path));
    }

    static Path screenshot(String path, String name) throws Exception {
        Path png = screenshots.resolve(name + ".png");
        Files.deleteIfExists(png);
        Tools.run(dir, Tools.chromium(dir.resolve("chromium-profile"), "--window-size=1280,2000", "--hide-scrollbars",
                "--screenshot=" + png, url(path))).ok("chromium --screenshot " + path);
        assertTrue(Files.size(png) > 20_000, "a screenshot of a page with text and charts is not tiny: " + Files.size(png));
        return png;
    }

    @Test
    void a_browser_shows_the_division_page_with_its_label_highlighted_evidence_and_its_figures() throws Exception {
        Document page = browse("/id/division/510114");
        assertEquals("新都区", page.getElementById("label").text());
        assertTrue(page.select("#figures mark").eachText().contains("608.35亿元"), "the GDP figure highlighted in its sentence");
        // one article, one half-year: each series is a single figure, listed rather than drawn
        assertTrue(page.select("#charts svg").isEmpty(), "no chart of a single point");
        assertFalse(page.select("#charts .single-points li").isEmpty(), "the single figures listed");
        screenshot("/id/division/510114", "division-510114");
    }

    @Test
    void a_browser_shows_a_chart_of_a_series_of_two_figures() throws Exception {
        // 鄢陵县: 地区生产总值 of last year and of the first quarter
        Document page = browse("/id/division/411024");
        assertEquals("鄢陵县", page.getElementById("label").text());
        assertTrue(page.select("#charts svg").stream().allMatch(svg -> svg.select("circle").size() >= 2), page.select("#charts").html());
        assertFalse(page.select("#charts svg circle").isEmpty(), "a chart of the two GDP figures");
        screenshot("/id/division/411024", "division-411024");
    }

    @Test
    void a_browser_follows_the_evidence_link_to_the_cited_span_of_the_article() throws Exception {
        Document page = browse("/id/division/510114");
        String href = page.select("#figures tr:contains(608.35亿元) a:contains(原文)").attr("abs:href");
        assertTrue(href.contains("/id/article/xindu-economy-2023h1#char="), href);
        Document article = browse(href.substring(served.baseUrl.length()));
        assertEquals("新都区上半年经济运行稳中向好", article.getElementById("label").text());
        assertTrue(article.getElementById(href.substring(href.indexOf('#') + 1)).text().contains("608.35亿元"));
        screenshot(href.substring(served.baseUrl.length()), "article-xindu");
    }

    @Test
    void a_browser_shows_a_zone_page_with_the_sentence_that_mentions_it() throws Exception {
        String zone = Http.select(served.dataset() + "/sparql", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?z WHERE { ?z rdfs:label \"临湖智能制造产业园\"@zh }")
                .at("/results/bindings/0/z/value").asText();
        String path = "/id/" + zone.substring(BASE.length());
        Document page = browse(path);
        assertEquals("临湖智能制造产业园", page.getElementById("label").text());
        assertTrue(page.select("#evidence mark").eachText().contains("临湖智能制造产业园"));
        screenshot(path, "zone-linhu");
    }

    @Test
    void a_browser_shows_the_index_and_a_search_that_quotes_the_sentences() throws Exception {
        Document index = browse("/id/");
        assertTrue(index.select("#classes").text().contains("产业园区"), index.select("#classes").text());
        assertFalse(index.select("form[role=search] input[name=q]").isEmpty(), "a search box");
        screenshot("/id/", "index");
        String search = "/id/?q=" + Http.encode("产业园");
        Document hits = browse(search);
        assertFalse(hits.select("#things li").isEmpty(), "things found");
        assertTrue(hits.select("#things li").stream().allMatch(h -> !h.select("q mark").isEmpty()), hits.select("#things").html());
        screenshot(search, "search-chanyeyuan");
    }

    /** rapper's count of the triples in a file of the given syntax. */
    static int rapperCount(Path file, String syntax) {
        Tools.Run r = Tools.run(dir, List.of("rapper", "-c", "-i", syntax, file.toString(), "http://example.org/base/")).ok("rapper " + syntax);
        Matcher m = RAPPER_COUNT.matcher(r.err() + r.out());
        assertTrue(m.find(), r.err());
        return Integer.parseInt(m.group(1));
    }

    static Path save(HttpResponse<String> r, String name) throws Exception {
        assertEquals(200, r.statusCode(), () -> name + ": " + r.body());
        Path f = dir.resolve(name);
        Files.writeString(f, r.body(), StandardCharsets.UTF_8);
        return f;
    }

    static int jenaCount(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://example.org/base/").parse(g);
        return g.size();
    }

    @Test
    void rapper_parses_the_turtle_and_rdfxml_of_a_dereferenced_resource_and_the_void() throws Exception {
        for (String path : List.of("/id/division/510114", "/id/article/xindu-economy-2023h1")) {
            HttpResponse<String> ttl = Http.get(url(path), "text/turtle");
            HttpResponse<String> xml = Http.get(url(path), "application/rdf+xml");
            int expected = jenaCount(ttl.body(), Lang.TURTLE);
            assertTrue(expected > 10);
            assertEquals(expected, rapperCount(save(ttl, "r.ttl"), "turtle"), path + " Turtle");
            assertEquals(expected, rapperCount(save(xml, "r.rdf"), "rdfxml"), path + " RDF/XML");
            assertEquals(expected, rapperCount(save(Http.get(url(path), "application/n-triples"), "r.nt"), "ntriples"), path + " N-Triples");
        }
        HttpResponse<String> v = Http.get(url("/.well-known/void"), "text/turtle");
        assertEquals(jenaCount(v.body(), Lang.TURTLE), rapperCount(save(v, "void.ttl"), "turtle"));
    }

    @Test
    void roqet_queries_the_endpoint_over_the_sparql_protocol() {
        int zones = Http.select(served.dataset() + "/sparql", ZONE_QUERY).at("/results/bindings").size();
        assertTrue(zones >= 10, "the samples name more than ten zones");
        Tools.Run r = Tools.run(dir, List.of("roqet", "-q", "-p", served.dataset() + "/sparql", "-e", ZONE_QUERY, "-r", "csv"))
                .ok("roqet -p");
        assertEquals(zones + 1, r.out().strip().lines().count(), r.out());
        Tools.Run one = Tools.run(dir, List.of("roqet", "-q", "-p", served.dataset() + "/sparql", "-e",
                "SELECT ?d WHERE { ?d <https://w3id.org/govkg/ontology#divisionCode> \"510114\" }", "-r", "csv")).ok("roqet -p");
        assertTrue(one.out().contains(BASE + "division/510114"), one.out());
    }

    @Test
    void every_result_format_by_accept_over_get_and_post_parses_with_roqet_or_rapper() throws Exception {
        int zones = Http.select(served.dataset() + "/sparql", ZONE_QUERY).at("/results/bindings").size();
        Map<String, String> selectFormats = Map.of("application/sparql-results+xml", "xml", "text/csv", "csv", "text/tab-separated-values", "tsv");
        for (boolean post : List.of(false, true)) {
            for (Map.Entry<String, String> f : selectFormats.entrySet()) {
                HttpResponse<String> r = query(ZONE_QUERY, f.getKey(), post);
                assertTrue(Http.contentType(r).startsWith(f.getKey()), Http.contentType(r));
                Tools.Run parsed = Tools.run(dir, List.of("roqet", "-q", "-R", f.getValue(), "-t", save(r, "sel." + f.getValue()).toString(), "-r", "csv"))
                        .ok("roqet -t " + f.getValue());
                assertEquals(zones + 1, parsed.out().strip().lines().count(), f.getKey() + " post=" + post + "\n" + parsed.out());
            }
            HttpResponse<String> json = query(ZONE_QUERY, "application/sparql-results+json", post);
            assertEquals(zones, Http.json(json.body()).at("/results/bindings").size());
            // rasqal 0.9 reads a boolean result as an empty table, so ASK is checked with Jena's results reader
            for (String accept : List.of("application/sparql-results+xml", "application/sparql-results+json")) {
                HttpResponse<String> ask = query("ASK { ?d <https://w3id.org/govkg/ontology#divisionCode> \"510114\" }", accept, post);
                assertTrue(Http.contentType(ask).startsWith(accept), Http.contentType(ask));
                assertTrue(org.apache.jena.riot.ResultSetMgr.readBoolean(new java.io.ByteArrayInputStream(ask.body().getBytes(StandardCharsets.UTF_8)),
                        accept.endsWith("xml") ? org.apache.jena.riot.resultset.ResultSetLang.RS_XML : org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
            }
            for (String graphQuery : List.of("CONSTRUCT { ?z a <https://w3id.org/govkg/ontology#IndustrialZone> } WHERE { " + ZONE_QUERY.substring(ZONE_QUERY.indexOf('{') + 1, ZONE_QUERY.lastIndexOf('}')) + "}",
                    "DESCRIBE <" + BASE + "division/510114>")) {
                Map<String, String> rdfFormats = Map.of("text/turtle", "turtle", "application/n-triples", "ntriples", "application/rdf+xml", "rdfxml");
                Integer size = null;
                for (Map.Entry<String, String> f : rdfFormats.entrySet()) {
                    HttpResponse<String> r = query(graphQuery, f.getKey(), post);
                    assertTrue(Http.contentType(r).startsWith(f.getKey()), Http.contentType(r));
                    int n = rapperCount(save(r, "graph." + f.getValue()), f.getValue());
                    if (size == null) size = n;
                    assertEquals(size, n, graphQuery + " as " + f.getKey());
                }
                HttpResponse<String> ld = query(graphQuery, "application/ld+json", post);
                assertEquals((int) size, jenaCount(ld.body(), Lang.JSONLD));
                if (graphQuery.startsWith("CONSTRUCT")) assertEquals(zones, (int) size);
            }
        }
    }

    @Test
    void a_malformed_query_is_400_and_an_update_is_refused() {
        assertEquals(400, query("SELECT WHERE {", "application/sparql-results+json", false).statusCode());
        assertEquals(400, query("SELECT WHERE {", "application/sparql-results+json", true).statusCode());
        for (String endpoint : List.of("/sparql", "/update", "")) {
            HttpResponse<String> r = Http.post(served.dataset() + endpoint, "application/sparql-update",
                    "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, endpoint + " answered " + r.statusCode());
        }
        assertEquals(0, Http.select(served.dataset() + "/sparql", "SELECT * WHERE { <http://example.org/s> ?p ?o }").at("/results/bindings").size());
    }

    static HttpResponse<String> query(String q, String accept, boolean post) {
        if (post) return Http.send(Http.request(served.dataset() + "/sparql").header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(q))).build());
        return Http.get(served.dataset() + "/sparql?query=" + Http.encode(q), accept);
    }
}
