package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govkg bench} run small, as a user runs it, to show that every measure of the table is taken and every
 * anchor runs: the figures themselves are for a real run on an idle machine (README, "Performance"), never
 * asserted here.
 */
class BenchIT {

    @TempDir
    Path dir;

    @Test
    void a_small_run_writes_every_row_of_the_table_with_a_ratio() throws IOException {
        Path out = dir.resolve("bench.md");
        Govkg.run(dir, Duration.ofMinutes(8), "bench", "--articles", "12", "--requests", "8", "--rounds", "1",
                "--clients", "1,8", "--real-chars", "100000", "--work", dir.resolve("work").toString(), "--out", out.toString()).assertOk();
        String md = Files.readString(out, StandardCharsets.UTF_8);

        List<String> measures = List.of(
                "extraction (chars/s), generated articles",
                "extraction (chars/s), real-shaped articles",
                "extraction (chars/s), real articles",
                "store writes (quads/s)",
                "query p50 at 1 client (ms), catalogue",
                "query p95 at 1 client (ms), catalogue",
                "query p95 at 1 client (ms), lookups",
                "query p50 at 8 clients (ms), catalogue",
                "query p95 at 8 clients (ms), catalogue",
                "query p95 at 8 clients (ms), lookups");
        for (String m : measures) {
            List<String> rows = md.lines().filter(l -> l.startsWith("| " + m)).toList();
            assertTrue(!rows.isEmpty(), () -> "no row '" + m + "' in\n" + md);
            for (String row : rows) {
                Matcher ratio = Pattern.compile("\\| (\\d+\\.\\d\\d) \\|").matcher(row);
                assertTrue(ratio.find() && Double.parseDouble(ratio.group(1)) > 0, () -> "no positive ratio in " + row);
            }
        }
        // both anchors of extraction, on the three corpora; the real row from the bundled samples when the run's
        // folder has no ../shared, its target against StandardTokenizer
        assertEquals(3, md.lines().filter(l -> l.contains("HanLP segmentation, same recognisers")).count(), md);
        assertEquals(3, md.lines().filter(l -> l.contains("HanLP StandardTokenizer")).count(), md);
        assertTrue(md.lines().anyMatch(l -> l.startsWith("| extraction (chars/s), real articles") && l.contains("HanLP StandardTokenizer") && l.contains("| ≥ 0.15 |")), md);
        assertTrue(md.contains("- real articles: "), md);
        assertTrue(md.contains("- whole build: ") && md.contains("articles/min"), md);
        assertTrue(md.contains("lookups (# kind: lookup): district-figures.rq, division-hierarchy.rq, search.rq"), md);

        // every named query of the project has its per-query row at each client count
        try (Stream<Path> s = Files.list(Govkg.projectDir().resolve("queries"))) {
            for (Path q : s.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = q.getFileName().toString();
                for (String at : List.of(" at 1 client |", " at 8 clients |"))
                    assertTrue(md.contains("| " + name + at), () -> "no latency row for " + name + at + " in\n" + md);
            }
        }
    }
}
