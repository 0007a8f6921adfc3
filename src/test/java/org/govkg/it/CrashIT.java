package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL part-way loses nothing it reported and leaves nothing half-written: every
 * document graph in the store is the one a clean build makes, or absent; the store validates; and the
 * next build of the same inputs stores the rest and exports the same bytes as a build never killed.
 */
class CrashIT {

    private static final int ARTICLES = 200;
    /** Documents reported stored before the kill: enough that several write transactions committed. */
    private static final int KILL_AFTER = 12;
    private static final Duration KILL_LIMIT = Duration.ofMinutes(3);
    private static final String DOC_GRAPH = "https://w3id.org/govkg/id/graph/gen-";
    private static final Pattern STORED = Pattern.compile("(?m)^gen-\\S+\\t\\d+ entities");
    private static final Pattern TOTAL = Pattern.compile("total: (\\d+) documents stored, (\\d+) failed, (\\d+) unchanged");

    @TempDir
    Path dir;

    @Test
    void a_build_killed_part_way_leaves_whole_documents_and_the_next_build_completes_it() throws Exception {
        Path articles = dir.resolve("gen/articles");
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "generate", "--articles", Integer.toString(ARTICLES), "--seed", "11",
                  "--out", dir.resolve("gen").toString()).assertOk();

        Path reference = dir.resolve("reference");
        Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", reference.toString(), articles.toString()).assertOk();
        byte[] referenceExport = export(reference, "reference.nq");

        // small batches, one extraction thread: many commits, spread out, so the kill lands between and within them
        Path db = dir.resolve("db");
        // --verbose: the documents reported stored are counted from their lines
        String[] build = {"build", "--verbose", "--db", db.toString(), "--batch", "4", "--threads", "1", articles.toString()};
        int reported = buildKilledAfter(build, KILL_AFTER);

        DatasetGraph clean = RDFDataMgr.loadDatasetGraph(dir.resolve("reference.nq").toString());
        DatasetGraph crashed = RDFDataMgr.loadDatasetGraph(dir.resolve("crashed.nq").toString());
        List<String> present = new ArrayList<>();
        crashed.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(DOC_GRAPH)) present.add(g.getURI());
        });
        for (String g : present) {
            Graph was = crashed.getGraph(node(g)), should = clean.getGraph(node(g));
            assertTrue(was.isIsomorphicWith(should), () -> g + " is not the graph a clean build makes: "
                + was.size() + " triples, a clean build " + should.size());
        }
        assertTrue(present.size() >= reported, present.size() + " documents in the store, " + reported + " were reported stored");
        assertTrue(present.size() < ARTICLES, "the kill came after the last document: the test proves nothing");
        System.out.printf("CrashIT: %d documents reported stored before SIGKILL, %d whole in the store, none partial%n",
                          reported, present.size());
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "validate", "--db", db.toString()).assertOk();

        Govkg.Run resumed = Govkg.run(dir, Govkg.BUILD_LIMIT, build).assertOk();
        Matcher total = TOTAL.matcher(resumed.out());
        assertTrue(total.find(), resumed::describe);
        assertEquals(ARTICLES - present.size(), Integer.parseInt(total.group(1)), resumed::describe);
        assertEquals(0, Integer.parseInt(total.group(2)), resumed::describe);
        assertEquals(present.size(), Integer.parseInt(total.group(3)), "the documents the killed build stored are left as they are");
        System.out.printf("CrashIT: the next build stored %s and left %s unchanged%n", total.group(1), total.group(3));

        assertArrayEquals(referenceExport, export(db, "resumed.nq"), "the resumed store must export what a build never killed exports");
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "validate", "--db", db.toString()).assertOk();
    }

    /** Starts the build, SIGKILLs it once it has reported {@code after} documents stored, exports what is left. */
    private int buildKilledAfter(String[] build, int after) throws IOException, InterruptedException {
        Path out = dir.resolve("killed-stdout.txt"), err = dir.resolve("killed-stderr.txt");
        Process p = Govkg.processBuilder(dir, build).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int reported = 0;
        try {
            long deadline = System.nanoTime() + KILL_LIMIT.toNanos();
            while ((reported = stored(Govkg.read(out))) < after) {
                if (!p.isAlive()) fail("the build ended before it could be killed\n" + Govkg.read(out) + Govkg.read(err));
                if (System.nanoTime() > deadline) fail("fewer than " + after + " documents stored within " + KILL_LIMIT);
                Thread.sleep(20);
            }
            p.destroyForcibly();  // SIGKILL on Linux: no shutdown hook, no finally, no TDB2 close
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed build did not end");
            assertEquals(137, p.exitValue(), "128 + SIGKILL");
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
        reported = stored(Govkg.read(out));
        export(dir.resolve("db"), "crashed.nq");
        return reported;
    }

    private static int stored(String stdout) {
        Matcher m = STORED.matcher(stdout);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private byte[] export(Path db, String name) throws IOException {
        Path file = dir.resolve(name);
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "export", "--db", db.toString(), "--format", "nq", "--out", file.toString()).assertOk();
        return Files.readAllBytes(file);
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
