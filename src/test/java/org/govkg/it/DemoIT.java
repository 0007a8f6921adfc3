package org.govkg.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's quick start as a newcomer types it, each step after the one before: {@code demo} builds the samples
 * into {@code ./govkg-demo} and says where everything is; a named query runs over HTTP against the running demo;
 * after the demo stops its store is still there for {@code query --db}; a second demo reuses it unchanged; and a
 * store holding anything but the samples is refused, never mixed.
 */
class DemoIT {
    @TempDir
    Path dir;

    @Test
    void the_demo_store_is_kept_queried_over_http_and_reused() throws IOException {
        Path store = dir.resolve("govkg-demo");
        List<String> overHttp;
        try (Served demo = Served.command(dir, List.of("demo", "--port", "0"))) {
            String url = demo.baseUrl;
            List<String> lines = demo.stdout().lines().toList();
            for (String expected : List.of("  Fuseki UI:        " + url + "/", "  pages and search: " + url + "/id/",
                    "  SPARQL endpoint:  " + url + "/govkg/sparql", "  store:            " + store.toRealPath(), "Ctrl-C to stop"))
                assertTrue(lines.contains(expected), () -> "no line '" + expected + "' in\n" + demo.output());
            Govkg.Run q = Govkg.run(dir, Govkg.COMMAND_LIMIT, "query", "--endpoint", url + "/govkg/sparql", "--name", "meetings",
                    "--format", "csv").assertOk();
            overHttp = q.outLines();
        }
        assertTrue(Files.isDirectory(store), "the demo's store must stay after the demo stops: " + store);
        // the header and at least the samples' plenary: five articles name several meetings
        assertTrue(overHttp.size() > 2, () -> "meetings over HTTP:\n" + String.join("\n", overHttp));
        assertEquals("meeting,label,organizer,organizerLabel,date,term,session,docId", overHttp.get(0));
        Govkg.Run local = Govkg.run(dir, Govkg.COMMAND_LIMIT, "query", "--db", "govkg-demo", "--name", "meetings", "--format", "csv")
                .assertOk();
        assertEquals(overHttp.stream().sorted().toList(), local.outLines().stream().sorted().toList(),
                "the named query answers the same rows over HTTP and on the store");

        try (Served again = Served.command(dir, List.of("demo", "--port", "0"))) {
            assertTrue(again.stdout().contains("total: 0 documents stored, 0 failed, " + Govkg.sampleIds().size() + " unchanged"),
                    again::output);
        }
    }

    @Test
    void a_store_holding_other_documents_is_refused_and_left_alone() throws IOException {
        Path article = Files.writeString(dir.resolve("qingshan-note.txt"),
                "青山县召开经济运行分析会\n2024年3月5日，青山县召开一季度经济运行分析会。1—2月，全县规模以上工业增加值同比增长6.1%。\n");
        Path other = dir.resolve("mine");
        Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", other.toString(), article.toString()).assertOk();
        Govkg.Run r = Govkg.run(dir, Govkg.COMMAND_LIMIT, "demo", "--db", other.toString(), "--port", "0");
        assertEquals(2, r.exitCode(), r::describe);
        assertEquals(List.of("error: " + other + ": holds 1 document that are not the samples (the first: "
                + "https://w3id.org/govkg/id/graph/qingshan-note); the demo never mixes them with its own: give it another --db"),
                r.errLines());
        Govkg.Run after = Govkg.run(dir, Govkg.COMMAND_LIMIT, "query", "--db", other.toString(), "--format", "csv", "--query",
                "SELECT ?g WHERE { GRAPH ?g { ?a a <https://w3id.org/govkg/ontology#Article> } }").assertOk();
        assertEquals(List.of("g", "https://w3id.org/govkg/id/graph/qingshan-note"), after.outLines());
    }
}
