package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve --watch: the supported way to add documents to a live server. An article dropped into the
 * watched folder appears at the running endpoint, a bad file is reported and changes nothing, and the
 * store ends up exactly as a plain build of the same articles leaves it (the links recomputed).
 */
class WatchIT {

    private static final String GRAPH = "https://w3id.org/govkg/id/graph/";
    private static final Duration APPEAR_LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void an_article_dropped_into_the_watched_folder_is_served_and_the_store_is_as_a_build_leaves_it() throws Exception {
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "generate", "--articles", "4", "--seed", "5", "--out", dir.resolve("gen").toString()).assertOk();
        List<Path> articles;
        try (var s = Files.list(dir.resolve("gen/articles"))) {
            articles = s.sorted().toList();
        }
        assertEquals(4, articles.size());
        Path first = Files.createDirectories(dir.resolve("first"));
        for (Path a : articles.subList(0, 3)) Files.copy(a, first.resolve(a.getFileName()));
        Path db = dir.resolve("db");
        Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", db.toString(), first.toString()).assertOk();

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path last = articles.get(3);
        String id = last.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Served served = Served.start(dir, db, "--watch", inbox.toString(), "--watch-interval", "1", "--verbose")) {
            String sparql = served.dataset() + "/sparql";
            assertEquals(0, Http.count(sparql, "SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + id + "> { ?s ?p ?o } }"));

            Files.writeString(inbox.resolve("not-an-article.txt"), "");
            // written elsewhere and moved in, as a crawler should; the watch also waits for a stable size
            Path tmp = dir.resolve(last.getFileName() + ".part");
            Files.copy(last, tmp);
            Files.move(tmp, inbox.resolve(last.getFileName()), StandardCopyOption.ATOMIC_MOVE);

            long deadline = System.nanoTime() + APPEAR_LIMIT.toNanos();
            while (Http.count(sparql, "SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + id + "> { ?s ?p ?o } }") == 0) {
                if (!served.isAlive()) fail("serve died\n" + served.output());
                if (System.nanoTime() > deadline) fail(id + " did not appear within " + APPEAR_LIMIT + "\n" + served.output());
                Thread.sleep(300);
            }
            assertEquals(4, Http.count(sparql, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/govkg/ontology#Article> }"));
            waitFor(() -> served.stderr().contains("not-an-article.txt"), "an error line for the empty file\n" + served.output());
            assertTrue(served.stderr().contains("watch: error:"), served.output());
            assertTrue(served.stdout().contains("watch: " + id + "\t"), served.output());
            // the document is queryable as soon as it is stored; the links and VoID follow in the same round
            waitFor(() -> served.stdout().lines().anyMatch(l -> l.startsWith("watch: total: 1 documents stored")),
                    "the round that stored " + id + " to end\n" + served.output());
        }

        // the same four articles built plainly, in one go
        Path all = Files.createDirectories(dir.resolve("all"));
        for (Path a : articles) Files.copy(a, all.resolve(a.getFileName()));
        Path plain = dir.resolve("plain");
        Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", plain.toString(), all.toString()).assertOk();
        assertArrayEquals(export(plain, "plain.nq"), export(db, "watched.nq"),
                          "the watched store must export the same bytes as a plain build of the same articles");
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "validate", "--db", db.toString()).assertOk();
    }

    private byte[] export(Path db, String name) throws IOException {
        Path out = dir.resolve(name);
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "export", "--db", db.toString(), "--format", "nq", "--out", out.toString()).assertOk();
        return Files.readAllBytes(out);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + APPEAR_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("waited " + APPEAR_LIMIT + " for " + what);
            Thread.sleep(200);
        }
    }
}
