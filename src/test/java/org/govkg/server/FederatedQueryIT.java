package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public read-only endpoint must not fetch other sites for its clients: SERVICE is refused. The
 * SERVICE target is a loopback port nothing listens on, so the test sends nothing off this machine
 * even if the refusal were missing (it would then fail on the status, not hang).
 */
class FederatedQueryIT {
    @Test
    void a_service_clause_is_refused(@TempDir Path dir) {
        try (ServerFixture fixture = ServerFixture.start(dir, Duration.ofSeconds(10))) {
            String q = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = Http.get(Http.query(fixture.dataset() + "/sparql", q), "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400, () -> r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("SERVICE") || r.body().toLowerCase().contains("not allowed"), r.body());
            HttpResponse<String> local = Http.get(Http.query(fixture.dataset() + "/sparql", "ASK { ?s ?p ?o }"), "application/sparql-results+json");
            assertEquals(200, local.statusCode(), local.body());
        }
    }
}
