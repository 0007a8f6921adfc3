package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** A plain java.net.http client for the served endpoint: loopback only, every call bounded in time. */
final class Http {

    static final String SPARQL_JSON = "application/sparql-results+json";
    static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {}

    static HttpRequest.Builder request(String url) {
        assertTrue(url.startsWith("http://127.0.0.1:"), "tests talk to loopback only: " + url);
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_LIMIT);
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET().build());
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(request(url).header("Content-Type", contentType)
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Runs a SELECT (POST application/sparql-query) and returns the parsed JSON results; fails on any status but 200. */
    static JsonNode select(String endpoint, String sparql) {
        HttpResponse<String> r = send(request(endpoint).header("Content-Type", "application/sparql-query")
            .header("Accept", SPARQL_JSON)
            .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8)).build());
        assertEquals(200, r.statusCode(), () -> "query failed: " + r.body() + "\n" + sparql);
        assertTrue(contentType(r).startsWith(SPARQL_JSON), () -> "content type " + contentType(r));
        return json(r.body());
    }

    /** Each binding of SPARQL JSON results as variable → plain string (a literal's lexical form, an IRI in full). */
    static List<Map<String, String>> rows(JsonNode results) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode binding : results.at("/results/bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            binding.fields().forEachRemaining(e -> {
                JsonNode term = e.getValue();
                String value = term.path("value").asText();
                row.put(e.getKey(), "bnode".equals(term.path("type").asText()) ? "_:" + value : value);
            });
            rows.add(row);
        }
        return rows;
    }

    /** The single number a {@code SELECT (COUNT(*) AS ?n)} returns. */
    static long count(String endpoint, String sparql) {
        List<Map<String, String>> rows = rows(select(endpoint, sparql));
        assertEquals(1, rows.size(), () -> "one row expected: " + rows);
        return Long.parseLong(rows.get(0).values().iterator().next());
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(g);
        return g;
    }
}
