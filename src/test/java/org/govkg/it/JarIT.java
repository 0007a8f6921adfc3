package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a user runs it, one JVM per command: if shading lost a ServiceLoader file
 * (RIOT, ARQ, TDB2, Fuseki modules), these commands fail here and nowhere else.
 */
class JarIT {

    static final String GK = "https://w3id.org/govkg/ontology#";
    static final String GRAPH = "https://w3id.org/govkg/id/graph/";
    static final String ARTICLE = "https://w3id.org/govkg/id/article/";
    /** A sample the single-document tests use. */
    static final String ONE = "xindu-economy-2023h1";

    @TempDir
    static Path dir;
    /** The five samples, built once for the tests that only read or rebuild. */
    static Path db;
    static Govkg.Run sampleBuild;

    @BeforeAll
    static void build_samples() {
        db = dir.resolve("db");
        // --verbose: the per-document lines are pinned below
        sampleBuild = Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--verbose", "--db", db.toString(),
                                Govkg.sampleArticles().toString()).assertOk();
    }

    @Test
    void help_lists_every_subcommand_and_exits_zero() {
        Govkg.Run r = Govkg.run(dir, Govkg.COMMAND_LIMIT, "--help").assertOk();
        for (String command : List.of("build", "serve", "query", "export", "validate", "eval", "demo", "extract", "push", "generate", "bench", "compact", "backup", "remove"))
            assertTrue(r.outLines().stream().anyMatch(l -> l.strip().startsWith(command + " ")),
                       () -> "no subcommand " + command + " in\n" + r.describe());
    }

    @Test
    void build_verbose_prints_one_line_per_document_a_total_and_progress_on_stderr() throws IOException {
        List<String> ids = Govkg.sampleIds();
        assertEquals(9, ids.size(), "samples/articles: " + ids);
        for (String id : ids) {
            long lines = sampleBuild.outLines().stream().filter(l -> l.startsWith(id + "\t")).count();
            assertEquals(1, lines, () -> "lines for " + id + " in\n" + sampleBuild.describe());
        }
        List<String> totals = sampleBuild.outLines().stream().filter(l -> l.startsWith("total:")).toList();
        assertEquals(1, totals.size(), sampleBuild::describe);
        assertTrue(totals.get(0).startsWith("total: 9 documents stored, 0 failed"), totals.get(0));
        List<String> progress = sampleBuild.errLines().stream().filter(l -> l.startsWith("build: ")).toList();
        assertTrue(progress.get(0).startsWith("build: 0 documents, 0:00 elapsed"), sampleBuild::describe);
        String last = progress.get(progress.size() - 1);
        assertTrue(last.startsWith("build: 9/9 documents (100%), ") && last.endsWith(", done"), sampleBuild::describe);
    }

    @Test
    void validate_reports_zero_violations_on_the_sample_store() {
        Govkg.Run r = Govkg.run(dir, Govkg.BUILD_LIMIT, "validate", "--db", db.toString()).assertOk();
        assertTrue(r.outLines().stream().anyMatch(l -> l.endsWith(" 0 violations")), r::describe);
        assertTrue(r.outLines().stream().anyMatch(l -> l.equals("Data Cube integrity constraints IC-1 to IC-19: 0 violated")), r::describe);
    }

    @Test
    void query_counts_observations_as_csv() {
        long n = count(db, "SELECT (COUNT(*) AS ?n) WHERE { ?o a <" + GK + "Observation> }");
        assertTrue(n > 0, "observations in the sample store: " + n);
    }

    @Test
    void bad_inputs_are_refused_one_error_line_each_and_the_good_document_is_stored(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("inputs"));
        Path good = in.resolve(ONE + ".txt");
        Files.copy(Govkg.sampleArticles().resolve(ONE + ".txt"), good);
        Path twin = Files.createDirectories(in.resolve("sub")).resolve(ONE + ".txt");
        Files.copy(good, twin);
        Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
        // Latin-1 bytes: not UTF-8, and no plausible Chinese in GB18030 or Big5 (GBK itself is read: InputFormatsTest)
        byte[] gbkBytes = "Économie à Chéngdū: croissance de 8,2 %".getBytes(Charset.forName("ISO-8859-1"));
        Path gbk = Files.write(in.resolve("gbk.txt"), gbkBytes);
        assertTrue(!isUtf8(gbkBytes), "fixture: the bytes must not be valid UTF-8");
        // the start of an MP4 file: NULs and ASCII, so it is valid UTF-8 and only the NUL check can catch it
        byte[] binaryBytes = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'i', 's', 'o', 'm', 0, 0};
        Path binary = Files.write(in.resolve("binary.txt"), binaryBytes);
        Path store = tmp.resolve("db");

        // --quiet: no progress lines, but a refused document is always named
        Govkg.Run r = Govkg.run(tmp, Govkg.BUILD_LIMIT, "build", "--quiet", "--db", store.toString(), in.toString());

        assertEquals(1, r.exitCode(), r::describe);
        assertTrue(r.errLines().stream().noneMatch(l -> l.startsWith("build: ")), () -> "a progress line under --quiet\n" + r.describe());
        List<String> errors = r.errLines().stream().filter(l -> l.startsWith("error:")).toList();
        assertEquals(4, errors.size(), r::describe);
        assertOneError(errors, empty, "empty", r);
        assertOneError(errors, gbk, "undecodable: not UTF-8", r);
        assertOneError(errors, binary, "binary", r);
        // the same id twice: whichever copy comes second in the build's order is the one refused
        List<String> dups = errors.stream().filter(l -> l.contains("duplicate")).toList();
        assertEquals(1, dups.size(), r::describe);
        assertTrue(dups.get(0).startsWith("error: " + good + ":") || dups.get(0).startsWith("error: " + twin + ":"),
                   () -> "the duplicate's error names neither copy: " + dups.get(0));
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("total: 1 documents stored, 4 failed")), r::describe);

        assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + ONE + "> { <"
                                     + ARTICLE + ONE + "> a <" + GK + "Article> } }"), "the good document's article");
        assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g IN (<"
                                     + GRAPH + "empty>, <" + GRAPH + "gbk>, <" + GRAPH + "binary>)) }"),
                     "quads in the graphs of refused documents");
    }

    @Test
    void a_folder_of_1000_files_with_bad_ones_stores_the_good_and_counts_the_failed(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("many"));
        java.util.Random rnd = new java.util.Random(1000);
        String[] districts = {"温江区", "郫都区", "新都区", "双流区", "龙泉驿区", "青白江区", "新津区", "大邑县"};
        int bad = 0;
        for (int i = 0; i < 1000; i++) {
            String name = String.format("a%04d", i);
            String text = districts[i % districts.length] + "召开第" + (i + 1) + "次经济运行调度会。上半年，地区生产总值同比增长"
                          + (5 + rnd.nextInt(40) / 10.0) + "%。\n";
            switch (i % 97) {
                case 0 -> { Files.write(in.resolve(name + ".txt"), new byte[0]); bad++; }                         // empty
                case 1 -> { Files.write(in.resolve(name + ".txt"), new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}); bad++; }  // binary
                case 2 -> {                                                                                  // truncated UTF-8
                    byte[] b = text.strip().getBytes(StandardCharsets.UTF_8);
                    Files.write(in.resolve(name + ".txt"), java.util.Arrays.copyOf(b, b.length - 1));
                    bad++;
                }
                case 3 -> { Files.writeString(in.resolve(name + ".txt"), text.repeat(200), StandardCharsets.UTF_8); bad++; }  // over --max-bytes
                case 4 -> Files.write(in.resolve(name + ".txt"), text.getBytes(Charset.forName("GB18030")));   // good, GB18030
                default -> Files.writeString(in.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            }
        }
        Path store = tmp.resolve("db");
        Govkg.Run r = Govkg.run(tmp, Govkg.BUILD_LIMIT, "build", "--threads", "4", "--max-bytes", "4096", "--db", store.toString(), in.toString());

        assertEquals(1, r.exitCode(), r::describe);
        List<String> errors = r.errLines().stream().filter(l -> l.startsWith("error:")).toList();
        assertEquals(bad, errors.size(), r::describe);
        for (String reason : List.of("empty file", "binary content", "truncated UTF-8", "too large"))
            assertTrue(errors.stream().anyMatch(l -> l.contains(": " + reason)), () -> reason + " in\n" + r.describe());
        String total = "total: " + (1000 - bad) + " documents stored, " + bad + " failed";
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith(total)), () -> total + "\n" + r.describe());
        assertEquals(1000 - bad, count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a <" + GK + "Article> } }"));
    }

    @Test
    void one_article_is_read_from_standard_input_under_the_id_given(@TempDir Path tmp) throws IOException {
        Path article = Files.writeString(tmp.resolve("piped"), "双流区召开上半年经济运行分析会。上半年，双流区地区生产总值同比增长7.4%。\n", StandardCharsets.UTF_8);
        Path store = tmp.resolve("db");
        Govkg.Run r = Govkg.runWithInput(tmp, Govkg.BUILD_LIMIT, article, "build", "--verbose", "--db", store.toString(), "--id", "shuangliu-2024h1", "-").assertOk();
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("shuangliu-2024h1\t")), r::describe);
        assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "shuangliu-2024h1> { <" + ARTICLE + "shuangliu-2024h1> a <" + GK + "Article> } }"));
        Govkg.Run noId = Govkg.runWithInput(tmp, Govkg.BUILD_LIMIT, article, "build", "--db", store.toString(), "-");
        assertEquals(2, noId.exitCode(), noId::describe);
        assertTrue(noId.err().contains("--id"), noId::describe);
    }

    @Test
    void rebuilding_a_document_replaces_its_graph() {
        String graphQuads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + ONE + "> { ?s ?p ?o } }";
        String allQuads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        long graphBefore = count(db, graphQuads);
        long allBefore = count(db, allQuads);
        assertTrue(graphBefore > 0, "quads of " + ONE + " after the first build: " + graphBefore);

        Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", db.toString(),
                  Govkg.sampleArticles().resolve(ONE + ".txt").toString()).assertOk();

        assertEquals(graphBefore, count(db, graphQuads), "quads of graph " + ONE + " after building it twice");
        assertEquals(allBefore, count(db, allQuads), "quads of the whole store after building " + ONE + " twice");
    }

    @Test
    void rebuilding_a_changed_document_leaves_none_of_its_old_triples(@TempDir Path tmp) throws IOException {
        Path original = Govkg.sampleArticles().resolve(ONE + ".txt");
        String graphQuads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + ONE + "> { ?s ?p ?o } }";
        String observations = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH <" + GRAPH + ONE + "> { ?o a <" + GK + "Observation> } }";
        String hashes = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + ONE + "> { <" + ARTICLE + ONE + "> <" + GK + "contentHash> ?h } }";
        long before = count(db, graphQuads);
        // the same file name (so the same id), only the first half of its paragraphs
        String[] paragraphs = Files.readString(original, StandardCharsets.UTF_8).split("\n\n");
        Path shorter = Files.writeString(tmp.resolve(ONE + ".txt"),
            String.join("\n\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length / 2)) + "\n", StandardCharsets.UTF_8);
        try {
            Govkg.Run r = Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--verbose", "--db", db.toString(), shorter.toString()).assertOk();
            long reported = reportedObservations(r, ONE);
            assertTrue(count(db, graphQuads) < before, "the shorter document's graph must be smaller than " + before);
            assertEquals(reported, count(db, observations), "observations in the graph vs the build's report");
            assertEquals(1, count(db, hashes), "content hashes of the rebuilt article");
        } finally {
            Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", db.toString(), original.toString()).assertOk();
        }
        assertEquals(before, count(db, graphQuads), "quads of " + ONE + " after building the original again");
    }

    @Test
    void a_served_store_refuses_build_with_exit_3_until_serve_stops() {
        String article = Govkg.sampleArticles().resolve(ONE + ".txt").toString();
        try (Served served = Served.start(dir, db)) {
            Govkg.Run locked = Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", db.toString(), article);
            assertEquals(3, locked.exitCode(), locked::describe);
            assertTrue(locked.err().contains(db.toString()), () -> "the message must name the store " + db + "\n" + locked.describe());
            assertTrue(served.isAlive(), () -> "serve died when build was refused\n" + served.output());
            assertEquals(9, Http.count(served.dataset() + "/sparql",
                                       "SELECT (COUNT(*) AS ?n) WHERE { ?a a <" + GK + "Article> }"),
                         "articles served while build was refused");
        }
        Govkg.run(dir, Govkg.BUILD_LIMIT, "build", "--db", db.toString(), article).assertOk();
    }

    @Test
    void exports_with_one_and_four_threads_are_byte_identical_in_trig() throws IOException {
        assertSameBytes("trig");
    }

    @Test
    void exports_with_one_and_four_threads_are_byte_identical_in_nq() throws IOException {
        assertSameBytes("nq");
    }

    // ---- helpers

    /** Two fresh stores of the samples, built at the same time in two JVMs; made on first use. */
    private static Map<Integer, Path> threadStores;

    private static synchronized Map<Integer, Path> threadStores() {
        if (threadStores != null) return threadStores;
        Path one = dir.resolve("db-threads-1");
        Path four = dir.resolve("db-threads-4");
        CompletableFuture<Govkg.Run> a = CompletableFuture.supplyAsync(() -> Govkg.run(dir, Govkg.BUILD_LIMIT,
            "build", "--threads", "1", "--db", one.toString(), Govkg.sampleArticles().toString()));
        CompletableFuture<Govkg.Run> b = CompletableFuture.supplyAsync(() -> Govkg.run(dir, Govkg.BUILD_LIMIT,
            "build", "--threads", "4", "--db", four.toString(), Govkg.sampleArticles().toString()));
        join(a).assertOk();
        join(b).assertOk();
        threadStores = Map.of(1, one, 4, four);
        return threadStores;
    }

    private static Govkg.Run join(CompletableFuture<Govkg.Run> f) {
        try {
            // Govkg.run bounds the process itself; this bound only guards against a stuck future
            return f.get(Govkg.BUILD_LIMIT.toMinutes() + 1, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError ae ? ae : new AssertionError(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("build did not finish", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void assertSameBytes(String format) throws IOException {
        Map<Integer, Path> stores = threadStores();
        Path one = dir.resolve("export-threads-1." + format);
        Path four = dir.resolve("export-threads-4." + format);
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "export", "--db", stores.get(1).toString(), "--format", format, "--out", one.toString()).assertOk();
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "export", "--db", stores.get(4).toString(), "--format", format, "--out", four.toString()).assertOk();
        assertTrue(Files.size(one) > 0, "empty export " + one);
        String oneText = Files.readString(one, StandardCharsets.UTF_8);
        assertTrue(oneText.contains(GRAPH + ONE), "the export holds no graph of " + ONE);
        if (Files.mismatch(one, four) == -1) return;
        List<String> a = oneText.lines().toList();
        List<String> b = Files.readString(four, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < b.size() ? b.get(i) : "(end of file)";
            if (!x.equals(y))
                fail(format + " exports differ (" + Files.size(one) + " vs " + Files.size(four) + " bytes), first at line "
                     + (i + 1) + ":\n  --threads 1: " + cut(x) + "\n  --threads 4: " + cut(y));
        }
        fail(format + " exports differ in bytes but not in lines (line ends or a final newline): "
             + Files.size(one) + " vs " + Files.size(four) + " bytes");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String cut(String line) {
        return line.length() > 400 ? line.substring(0, 400) + " …" : line;
    }

    private static void assertOneError(List<String> errors, Path file, String reason, Govkg.Run r) {
        List<String> lines = errors.stream().filter(l -> l.startsWith("error: " + file + ":")).toList();
        assertEquals(1, lines.size(), () -> "error lines naming " + file + "\n" + r.describe());
        assertTrue(lines.get(0).contains(reason), () -> "the error for " + file.getFileName() + " must say '" + reason + "': " + lines.get(0));
    }

    /** The observation count of a document in the build's line {@code id<TAB>N entities<TAB>M observations<TAB>…}. */
    private static long reportedObservations(Govkg.Run build, String id) {
        for (String line : build.outLines()) {
            String[] cells = line.split("\t");
            if (cells.length >= 3 && cells[0].equals(id) && cells[2].endsWith(" observations"))
                return Long.parseLong(cells[2].substring(0, cells[2].indexOf(' ')));
        }
        throw new AssertionError("no line for " + id + " in\n" + build.describe());
    }

    /** {@code query --format csv} of a one-number SELECT, in its own JVM. */
    @Test
    void backup_writes_every_quad_and_compact_keeps_them() throws IOException {
        long quads = count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        Path file = dir.resolve("store-backup.nq.gz");
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "backup", "--db", db.toString(), "--out", file.toString()).assertOk();
        long lines;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            lines = in.lines().filter(l -> !l.isBlank()).count();
        }
        assertEquals(quads, lines);
        Govkg.run(dir, Govkg.COMMAND_LIMIT, "compact", "--db", db.toString()).assertOk();
        assertEquals(quads, count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    }

    static long count(Path store, String sparql) {
        Govkg.Run r = Govkg.run(dir, Govkg.COMMAND_LIMIT, "query", "--db", store.toString(), "--query", sparql, "--format", "csv").assertOk();
        List<String> lines = r.outLines().stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(2, lines.size(), r::describe);
        try {
            return Long.parseLong(lines.get(1));
        } catch (NumberFormatException e) {
            throw new AssertionError("not a count: " + r.describe(), e);
        }
    }
}
