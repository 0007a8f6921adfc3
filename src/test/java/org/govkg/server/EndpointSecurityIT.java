package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint's defaults and the options that open it up: the health check, the row limit of a
 * SELECT, CORS for named origins only, and updates only with --allow-update and a password.
 */
class EndpointSecurityIT {

    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String GRAPH_A = TwoGraphs.GRAPH_A.getURI();
    private static final String ALL_TRIPLES = "SELECT * { GRAPH ?g { ?s ?p ?o } }";  // 8 rows in the fixture

    @TempDir
    Path dir;

    private ServerFixture start(long maxResults, List<String> cors, Path passwords) {
        return ServerFixture.start(dir.resolve("db"), new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(10), "govkg",
                                                                       maxResults, cors, passwords));
    }

    @Test
    void ping_answers_200_on_a_read_only_server() {
        try (ServerFixture f = start(ServerOptions.DEFAULT_MAX_RESULTS, List.of(), null)) {
            HttpResponse<String> r = Http.get(f.server.baseUrl() + "/$/ping", "*/*");
            assertEquals(200, r.statusCode(), r.body());
            // the read-only admin refuses the POST form Fuseki's ping servlet would also take
            assertEquals(405, Http.send("POST", f.server.baseUrl() + "/$/ping", "text/plain", "").statusCode());
        }
    }

    @Test
    void a_select_answers_at_most_max_results_rows_and_says_it_was_capped() {
        try (ServerFixture f = start(3, List.of(), null)) {
            HttpResponse<String> all = Http.get(Http.query(f.dataset() + "/sparql", ALL_TRIPLES), SPARQL_JSON);
            assertEquals(200, all.statusCode(), all.body());
            assertEquals(3, rows(all));
            assertEquals("3", all.headers().firstValue(ResultLimit.HEADER).orElse(""));

            HttpResponse<String> more = Http.get(Http.query(f.dataset() + "/sparql", ALL_TRIPLES + " LIMIT 100"), SPARQL_JSON);
            assertEquals(3, rows(more), "a LIMIT above the ceiling is lowered to it");

            HttpResponse<String> fewer = Http.get(Http.query(f.dataset() + "/sparql", ALL_TRIPLES + " LIMIT 2"), SPARQL_JSON);
            assertEquals(2, rows(fewer));
            assertTrue(fewer.headers().firstValue(ResultLimit.HEADER).isEmpty(), "a query's own smaller LIMIT is not capped");

            HttpResponse<String> count = Http.get(Http.query(f.dataset() + "/sparql",
                                                  "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), SPARQL_JSON);
            assertEquals(8, Http.json(count).at("/results/bindings/0/n/value").asInt(), "aggregates see every row");
        }
    }

    @Test
    void cors_headers_only_for_the_origins_given() {
        try (ServerFixture f = start(ServerOptions.DEFAULT_MAX_RESULTS, List.of("https://allowed.example"), null)) {
            String url = Http.query(f.dataset() + "/sparql", "ASK {}");
            assertEquals("https://allowed.example", allowOrigin(url, "https://allowed.example"));
            assertEquals("", allowOrigin(url, "https://other.example"));
        }
    }

    @Test
    void without_allow_update_there_is_no_update_endpoint_and_gsp_is_read_only() {
        try (ServerFixture f = start(ServerOptions.DEFAULT_MAX_RESULTS, List.of(), null)) {
            HttpResponse<String> update = Http.send("POST", f.dataset() + "/update", "application/sparql-update", insert("https://example.org/x/o"));
            assertEquals(405, update.statusCode(), update.body());
            HttpResponse<String> put = Http.send("PUT", f.dataset() + "/data?graph=" + Http.param(GRAPH_A), "text/turtle", "<https://example.org/x/s> <https://example.org/x/p> <https://example.org/x/o> .");
            assertEquals(405, put.statusCode(), put.body());
            assertFalse(ask(f, "https://example.org/x/o"));
        }
    }

    @Test
    void updates_need_a_user_of_the_password_file() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "# govkg updaters\nloader: s3cret-pass\n");
        try (ServerFixture f = start(ServerOptions.DEFAULT_MAX_RESULTS, List.of(), passwords)) {
            String update = f.dataset() + "/update";
            assertEquals(2, describedGraphs(f), "named graphs in the service description before any update");
            assertEquals(401, post(update, insert("https://example.org/x/anon"), null).statusCode(), "no credentials");
            assertEquals(401, post(update, insert("https://example.org/x/wrong"), basic("loader", "wrong")).statusCode(), "wrong password");
            assertEquals(401, post(update, insert("https://example.org/x/nobody"), basic("nobody", "s3cret-pass")).statusCode(), "unknown user");
            assertFalse(ask(f, "https://example.org/x/anon") || ask(f, "https://example.org/x/wrong") || ask(f, "https://example.org/x/nobody"), "a refused update changed the store");

            HttpResponse<String> ok = post(update, insert("https://example.org/x/ok"), basic("loader", "s3cret-pass"));
            assertEquals(200, ok.statusCode() / 100 * 100, ok.statusCode() + " " + ok.body());
            assertTrue(ask(f, "https://example.org/x/ok"), "the authenticated update is visible to queries");

            String graphC = f.dataset() + "/data?graph=" + Http.param("https://w3id.org/govkg/id/graph/c");
            String turtle = "<https://example.org/x/s> <https://example.org/x/p> <https://example.org/x/put> .";
            HttpRequest.Builder put = Http.request(graphC).header("Content-Type", "text/turtle")
                                          .PUT(HttpRequest.BodyPublishers.ofString(turtle));
            assertEquals(401, Http.send(put.build()).statusCode(), "GSP PUT without credentials");
            HttpResponse<String> putOk = Http.send(put.header("Authorization", basic("loader", "s3cret-pass")).build());
            assertEquals(200, putOk.statusCode() / 100 * 100, putOk.statusCode() + " " + putOk.body());
            assertTrue(ask(f, "https://example.org/x/put"));
            assertEquals(3, describedGraphs(f), "the service description counts again after a write");

            // reading stays open: queries, the anonymous Graph Store read endpoint, the health check
            assertEquals(200, Http.get(f.dataset() + "/get?graph=" + Http.param(GRAPH_A), "text/turtle").statusCode());
            assertEquals(200, Http.get(f.server.baseUrl() + "/$/ping", "*/*").statusCode());
        }
    }

    @Test
    void a_password_file_with_no_user_is_refused_at_start() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody yet\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> start(ServerOptions.DEFAULT_MAX_RESULTS, List.of(), empty).close());
        assertTrue(e.getMessage().contains("names no user"), e.getMessage());
    }

    private static String insert(String object) {
        return "INSERT DATA { GRAPH <" + GRAPH_A + "> { <https://example.org/x/s> <https://example.org/x/p> <" + object + "> } }";
    }

    private static HttpResponse<String> post(String url, String update, String authorization) {
        HttpRequest.Builder b = Http.request(url).header("Content-Type", "application/sparql-update")
                                    .POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null) b.header("Authorization", authorization);
        return Http.send(b.build());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ask(ServerFixture f, String object) {
        HttpResponse<String> r = Http.get(Http.query(f.dataset() + "/sparql", "ASK { ?s ?p <" + object + "> }"), SPARQL_JSON);
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r).get("boolean").asBoolean();
    }

    private static int describedGraphs(ServerFixture f) {
        HttpResponse<String> r = Http.get(f.dataset() + "/sparql", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        return Http.graph(r, org.apache.jena.riot.Lang.NTRIPLES)
                   .find(null, org.apache.jena.graph.NodeFactory.createURI(ServiceDescription.SD + "namedGraph"), null).toList().size();
    }

    private static int rows(HttpResponse<String> r) {
        JsonNode bindings = Http.json(r).at("/results/bindings");
        return bindings.size();
    }

    private static String allowOrigin(String url, String origin) {
        HttpResponse<String> r = Http.send(Http.request(url).header("Origin", origin).header("Accept", SPARQL_JSON).GET().build());
        assertEquals(200, r.statusCode(), r.body());
        return r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
    }
}
