package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every named query of {@code queries/} run through the served endpoint over a store of the
 * samples, against {@code queries/expected/<name>.tsv} (see {@link ExpectedRows}). One dynamic
 * test per query, named after it: adding a query and its expected file adds a test, no Java.
 */
class QueriesIT {

    /** Result rows shown in a failure message at most. */
    private static final int SHOWN = 120;

    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void build_and_serve() {
        served = Served.samples(dir);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @TestFactory
    Stream<DynamicTest> every_query_returns_its_expected_rows() throws IOException {
        return queries().stream().map(q -> dynamicTest(name(q), q.toUri(), () -> check(q)));
    }

    @TestFactory
    Stream<DynamicTest> every_query_starts_with_a_title_line() throws IOException {
        return queries().stream().map(q -> dynamicTest(name(q), q.toUri(), () -> {
            List<String> lines = Files.readAllLines(q, StandardCharsets.UTF_8);
            assertFalse(lines.isEmpty(), q + " is empty");
            assertTrue(lines.get(0).startsWith("# title:") && lines.get(0).length() > "# title:".length() + 1,
                       () -> q.getFileName() + " must start with a '# title: …' line, not: " + lines.get(0));
        }));
    }

    /**
     * A query that lists things says which variable names the thing ({@code # key: VAR}); it must answer one row per
     * value of it — one label per thing, the articles joined — never a row per label or per article. Queries that
     * list things without a key line are the ones that pair them (a project and its zone, a conflict's two figures).
     */
    @TestFactory
    Stream<DynamicTest> a_query_with_a_key_answers_one_row_per_thing() throws IOException {
        return queries().stream().filter(q -> key(q) != null).map(q -> dynamicTest(name(q), q.toUri(), () -> {
            String key = key(q);
            List<Map<String, String>> rows = Http.rows(Http.select(served.dataset() + "/sparql", Files.readString(q, StandardCharsets.UTF_8)));
            assertFalse(rows.isEmpty(), name(q) + " answered no rows on the samples");
            Map<String, Long> perThing = rows.stream().collect(Collectors.groupingBy(r -> String.valueOf(r.get(key)), Collectors.counting()));
            List<String> repeated = perThing.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey() + " ×" + e.getValue()).sorted().toList();
            assertTrue(repeated.isEmpty(), () -> name(q) + ": more than one row for " + repeated);
        }));
    }

    @Test
    void the_queries_that_list_things_declare_their_key() throws IOException {
        // written by hand: the catalogue's lists of things (a new one is added here with its key line)
        Map<String, String> expected = Map.ofEntries(Map.entry("meetings", "meeting"), Map.entry("initiatives", "initiative"),
                Map.entry("people-roles", "person"), Map.entry("mentioned-in-several-articles", "thing"), Map.entry("growth-ranked", "obs"),
                Map.entry("targets", "obs"), Map.entry("gdp-by-area", "obs"), Map.entry("project-investment", "obs"),
                Map.entry("unresolved-periods", "obs"), Map.entry("articles", "article"), Map.entry("search", "zone"),
                Map.entry("targets-met", "assessment"));
        for (Map.Entry<String, String> e : expected.entrySet())
            assertEquals(e.getValue(), key(queriesDir().resolve(e.getKey() + ".rq")), e.getKey());
    }

    private static String key(Path query) {
        try {
            return Files.readAllLines(query, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("# key: "))
                    .map(l -> l.substring("# key: ".length()).strip()).findFirst().orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void every_expected_file_belongs_to_a_query() throws IOException {
        Path expected = queriesDir().resolve("expected");
        if (!Files.isDirectory(expected)) return;
        List<String> orphans;
        try (Stream<Path> s = Files.list(expected)) {
            orphans = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                       .map(n -> n.substring(0, n.length() - ".tsv".length()))
                       .filter(n -> !Files.exists(queriesDir().resolve(n + ".rq"))).sorted().toList();
        }
        assertTrue(orphans.isEmpty(), "expected files without a query: " + orphans);
    }

    private static void check(Path query) throws IOException {
        Path tsv = queriesDir().resolve("expected").resolve(name(query) + ".tsv");
        if (!Files.exists(tsv))
            fail("no expected file queries/expected/" + tsv.getFileName() + ": every query must have expectations");
        ExpectedRows expected = ExpectedRows.read(tsv);
        String sparql = Files.readString(query, StandardCharsets.UTF_8);
        JsonNode results = Http.select(served.dataset() + "/sparql", sparql);

        List<String> selected = new ArrayList<>();
        results.at("/head/vars").forEach(v -> selected.add(v.asText()));
        List<String> unknown = expected.vars().stream().filter(v -> !selected.contains(v)).toList();
        assertTrue(unknown.isEmpty(), () -> tsv.getFileName() + " checks " + unknown + ", which the query does not select " + selected);

        List<Map<String, String>> rows = Http.rows(results);
        List<List<String>> projected = expected.project(rows);
        List<List<String>> missing = expected.missing(projected);
        List<List<String>> unexpected = expected.mode() == ExpectedRows.Mode.EXACT ? expected.unexpected(projected) : List.of();
        if (missing.isEmpty() && unexpected.isEmpty()) return;

        StringBuilder m = new StringBuilder(name(query) + " (" + expected.mode().name().toLowerCase() + "): ");
        if (!missing.isEmpty())
            m.append(missing.size()).append(" of ").append(expected.rows().size()).append(" expected rows missing")
             .append(table(expected.vars(), missing));
        if (!unexpected.isEmpty())
            m.append(missing.isEmpty() ? "" : "\n").append(unexpected.size()).append(" rows not expected")
             .append(table(expected.vars(), unexpected));
        m.append("\nthe query returned ").append(rows.size()).append(" rows, ").append(projected.size())
         .append(" distinct on ").append(expected.vars());
        if (projected.size() > SHOWN) m.append(", the first ").append(SHOWN);
        m.append(table(expected.vars(), projected.subList(0, Math.min(SHOWN, projected.size()))));
        fail(m.toString());
    }

    private static String table(List<String> vars, List<List<String>> rows) {
        return rows.stream().map(r -> "  " + String.join("\t", r))
                   .collect(Collectors.joining("\n", ":\n  " + String.join("\t", vars) + "\n", ""));
    }

    static Path queriesDir() {
        return Govkg.projectDir().resolve("queries");
    }

    static List<Path> queries() throws IOException {
        List<Path> qs;
        try (Stream<Path> s = Files.list(queriesDir())) {
            qs = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(qs.isEmpty(), "no .rq files in " + queriesDir());
        return qs;
    }

    static String name(Path query) {
        String n = query.getFileName().toString();
        return n.substring(0, n.length() - ".rq".length());
    }
}
