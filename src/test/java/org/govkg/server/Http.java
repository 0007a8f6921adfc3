package org.govkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Small HTTP client for the server tests: loopback only, every call bounded in time. */
final class Http {

    static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {}

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET().build());
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body) {
        return send(request(url).header("Content-Type", contentType)
                                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
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

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_LIMIT);
    }

    static String query(String endpoint, String sparql) {
        return endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static Graph graph(HttpResponse<String> response, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(g);
        return g;
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    static InputStream resource(String name) {
        return Http.class.getClassLoader().getResourceAsStream(name);
    }
}
