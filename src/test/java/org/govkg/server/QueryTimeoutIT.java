package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query running past the server's query timeout is stopped, and the server goes on answering. */
class QueryTimeoutIT {

    // 7 distinct triples to the 12th power is about 1.4e10 rows to count: hours, without a timeout.
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { "
        + "?a1 ?b1 ?c1 . ?a2 ?b2 ?c2 . ?a3 ?b3 ?c3 . ?a4 ?b4 ?c4 . ?a5 ?b5 ?c5 . ?a6 ?b6 ?c6 . "
        + "?a7 ?b7 ?c7 . ?a8 ?b8 ?c8 . ?a9 ?b9 ?c9 . ?a10 ?b10 ?c10 . ?a11 ?b11 ?c11 . ?a12 ?b12 ?c12 }";

    @Test
    void a_query_past_the_timeout_fails(@TempDir Path dir) {
        try (ServerFixture fixture = ServerFixture.start(dir, Duration.ofMillis(300))) {
            long start = System.nanoTime();
            HttpResponse<String> r = Http.get(Http.query(fixture.dataset() + "/sparql", CROSS_PRODUCT),
                                              "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // Fuseki answers a cancelled query with 503 before any result is sent.
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "took " + took);

            HttpResponse<String> small = Http.get(Http.query(fixture.dataset() + "/sparql", "ASK { ?s ?p ?o }"),
                                                  "application/sparql-results+json");
            assertEquals(200, small.statusCode(), small.body());
        }
    }
}
