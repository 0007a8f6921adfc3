package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fuseki web UI at / and the read-only admin calls it makes (read from the 5.6 UI's
 * fuseki.service.js): GET /$/ping, /$/server, /$/stats/NAME, /$/tasks; and its two size queries.
 */
class WebUiIT {

    // The UI's axios sends this Accept with every call.
    private static final String AXIOS_ACCEPT = "application/json, text/plain, */*";

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.start(dir, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (fixture != null)
            fixture.close();
    }

    private static String url(String path) {
        return fixture.server.baseUrl() + path;
    }

    @Test
    void root_serves_the_ui_index_and_its_scripts() throws IOException {
        String index;
        try (InputStream in = Http.resource(FMod_WebUi.UI_INDEX)) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> r = Http.get(url("/"), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/html"), Http.contentType(r));
        assertEquals(index, r.body());
        assertEquals(index, Http.get(url("/index.html"), "text/html").body());
        // Every script and stylesheet index.html names must load too.
        Matcher m = Pattern.compile("(?:src|href)=\"\\./(static/[^\"]+)\"").matcher(index);
        List<String> assets = new ArrayList<>();
        while (m.find())
            assets.add(m.group(1));
        assertFalse(assets.isEmpty());
        for (String asset : assets)
            assertEquals(200, Http.get(url("/" + asset), "*/*").statusCode(), asset);
    }

    @Test
    void ping_answers() {
        HttpResponse<String> r = Http.get(url("/$/ping"), AXIOS_ACCEPT);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().isBlank());
    }

    @Test
    void server_lists_govkg_with_its_services() {
        HttpResponse<String> r = Http.get(url("/$/server"), AXIOS_ACCEPT);
        assertEquals(200, r.statusCode(), r.body());
        assertGovkgListed(Http.json(r).get("datasets"));
        assertFalse(Http.json(r).path("version").asText().isEmpty());
    }

    @Test
    void datasets_lists_govkg_with_its_services() {
        HttpResponse<String> all = Http.get(url("/$/datasets"), AXIOS_ACCEPT);
        assertEquals(200, all.statusCode(), all.body());
        assertGovkgListed(Http.json(all).get("datasets"));
        HttpResponse<String> one = Http.get(url("/$/datasets/govkg"), AXIOS_ACCEPT);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("/govkg", Http.json(one).get("ds.name").asText());
        assertEquals(404, Http.get(url("/$/datasets/nothing"), AXIOS_ACCEPT).statusCode());
    }

    @Test
    void stats_and_tasks_answer() {
        HttpResponse<String> stats = Http.get(url("/$/stats/govkg"), AXIOS_ACCEPT);
        assertEquals(200, stats.statusCode(), stats.body());
        JsonNode ds = Http.json(stats).at("/datasets/~1govkg");
        assertTrue(ds.has("Requests") && ds.has("endpoints"), stats.body());
        HttpResponse<String> tasks = Http.get(url("/$/tasks"), AXIOS_ACCEPT);
        assertEquals(200, tasks.statusCode(), tasks.body());
        assertTrue(Http.json(tasks).isArray(), tasks.body());
    }

    @Test
    void the_ui_size_queries_work_on_its_query_endpoint() {
        // fuseki.service.js: countGraphsTriples / getDatasetSize, on services.query['srv.endpoints'][0]
        String endpoint = url("/govkg/" + queryEndpointOfTheUi());
        HttpResponse<String> all = Http.get(Http.query(endpoint, "select (count(*) as ?count) {?s ?p ?o}"), AXIOS_ACCEPT);
        assertEquals(200, all.statusCode(), all.body());
        assertEquals("7", Http.json(all).at("/results/bindings/0/count/value").asText());
        HttpResponse<String> perGraph = Http.get(Http.query(endpoint,
            "select ?g (count(*) as ?count) {graph ?g {?s ?p ?o}} group by ?g"), AXIOS_ACCEPT);
        assertEquals(200, perGraph.statusCode(), perGraph.body());
        assertEquals(2, Http.json(perGraph).at("/results/bindings").size());
    }

    @Test
    void admin_writes_are_refused() {
        String form = "application/x-www-form-urlencoded";
        assertEquals(405, Http.send("POST", url("/$/datasets"), form, "dbName=other&dbType=mem").statusCode());
        assertEquals(405, Http.send("DELETE", url("/$/datasets/govkg"), form, "").statusCode());
        assertEquals(405, Http.send("POST", url("/$/backup/govkg"), form, "").statusCode());
        assertEquals(405, Http.send("POST", url("/$/compact/govkg"), form, "").statusCode());
        assertEquals(405, Http.send("POST", url("/$/ping"), form, "").statusCode());
        assertEquals(405, Http.send("POST", url("/$/server"), form, "").statusCode());
        JsonNode datasets = Http.json(Http.get(url("/$/datasets"), AXIOS_ACCEPT)).get("datasets");
        assertEquals(1, datasets.size(), datasets.toString());
    }

    private static void assertGovkgListed(JsonNode datasets) {
        assertNotNull(datasets);
        assertEquals(1, datasets.size(), datasets.toString());
        JsonNode govkg = datasets.get(0);
        assertEquals("/govkg", govkg.get("ds.name").asText());
        List<String> types = new ArrayList<>();
        govkg.get("ds.services").forEach(s -> types.add(s.get("srv.type").asText()));
        assertTrue(types.contains("query") && types.contains("gsp-r"), types.toString());
        assertFalse(types.contains("update") || types.contains("gsp-rw") || types.contains("upload"), types.toString());
    }

    private static String queryEndpointOfTheUi() {
        JsonNode services = Http.json(Http.get(url("/$/server"), AXIOS_ACCEPT)).at("/datasets/0/ds.services");
        for (JsonNode s : services)
            if (s.get("srv.type").asText().equals("query"))
                return s.get("srv.endpoints").get(0).asText();
        throw new AssertionError("no query service in " + services);
    }
}
