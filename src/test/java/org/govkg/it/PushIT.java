package org.govkg.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * push --to: the sample store sent to another SPARQL 1.1 store, a plain Fuseki with an in-memory
 * updatable dataset started as a separate process on loopback (Fuseki's own command, from the shaded jar).
 * Every graph arrives whole, and pushing twice changes nothing.
 */
class PushIT {
    @TempDir
    static Path dir;
    static Process fuseki;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Govkg.buildSamples(dir, dir.resolve("db")).assertOk();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", Govkg.jar().toString(),
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--mem", "--update", "--localhost", "--port=" + port, "/ds"));
        fuseki = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile()).start();
        base = "http://127.0.0.1:" + port + "/ds";
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        String ask = base + "/query?query=" + Http.encode("ASK {}");
        while (true) {
            try {
                if (Http.get(ask, "application/sparql-results+json").statusCode() == 200) break;
            } catch (AssertionError notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !fuseki.isAlive()) fail("Fuseki did not start: " + Govkg.read(dir.resolve("fuseki.log")));
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) Govkg.stop(fuseki);
    }

    private static Map<String, Long> countsThere() {
        JsonNode r = Http.select(base + "/query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        Map<String, Long> out = new TreeMap<>();
        for (JsonNode b : r.get("results").get("bindings")) out.put(b.get("g").get("value").asText(), b.get("n").get("value").asLong());
        return out;
    }

    private static Map<String, Long> countsHere() {
        Govkg.Run r = Govkg.run(dir, Govkg.COMMAND_LIMIT, "query", "--db", dir.resolve("db").toString(), "--format", "csv",
                "--query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").assertOk();
        Map<String, Long> out = new TreeMap<>();
        for (String line : r.outLines().subList(1, r.outLines().size())) {
            String[] c = line.split(",");
            out.put(c[0], Long.parseLong(c[1].strip()));
        }
        return out;
    }

    @Test
    void every_graph_arrives_whole_and_a_second_push_changes_nothing() {
        Govkg.Run first = Govkg.run(dir, Govkg.BUILD_LIMIT, "push", "--db", dir.resolve("db").toString(), "--to", base + "/data").assertOk();
        Map<String, Long> here = countsHere();
        assertTrue(here.size() >= 8, here.toString());
        assertEquals(here, countsThere(), first::describe);
        Govkg.run(dir, Govkg.BUILD_LIMIT, "push", "--db", dir.resolve("db").toString(), "--to", base + "/data").assertOk();
        assertEquals(here, countsThere());
    }

    @Test
    void an_unreachable_store_is_a_clear_error() {
        Govkg.Run r = Govkg.run(dir, Govkg.COMMAND_LIMIT, "push", "--db", dir.resolve("db").toString(), "--to", "http://127.0.0.1:9/none/data");
        assertEquals(1, r.exitCode(), r::describe);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("error: ") && l.contains("not sent")), r::describe);
    }
}
