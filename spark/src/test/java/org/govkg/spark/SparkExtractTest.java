package org.govkg.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.govkg.extract.Gazetteer;
import org.govkg.generate.CorpusGenerator;
import org.govkg.pipeline.BuildOptions;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Extract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode writes what {@code extract --out} writes for the same inputs: the same file names,
 * the same bytes, the same refusals, for a folder of generated articles and for a JSON Lines dataset.
 */
class SparkExtractTest {
    private static final String BASE = BuildOptions.DEFAULT_BASE;
    @TempDir
    static Path dir;
    private static JavaSparkContext sc;
    private static Path articles;
    private static List<Path> texts;

    @BeforeAll
    static void start() throws IOException {
        new CorpusGenerator(Gazetteer.load(), 7).write(dir.resolve("corpus"), 0, 20);
        articles = dir.resolve("corpus/articles");
        try (Stream<Path> s = Files.list(articles)) {
            texts = s.sorted().toList();
        }
        // one id twice, the deeper file with other text: extract keeps the top-level one, so must the job
        Path nested = Files.createDirectories(articles.resolve("more"));
        Files.copy(texts.get(1), nested.resolve(texts.get(0).getFileName()));
        Files.writeString(articles.resolve("empty.txt"), "  \n");
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("govkg-spark test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    @Test
    void a_folder_of_articles_gives_the_files_extract_writes_byte_for_byte() throws IOException {
        Path expected = dir.resolve("folder-extract"), actual = dir.resolve("folder-spark");
        List<DocumentResult> single = new Extract(Engines.get(BASE)).run(List.of(articles), expected, 2, r -> {});
        List<Outcome> spark = SparkExtract.run(sc, new SparkExtract.Options(List.of(articles.toString()), actual.toString(), BASE, 0));

        assertEquals(22, spark.size(), "20 articles, a duplicate id, an empty file");
        assertSameFiles(expected, actual, 20 + 2);
        assertEquals(refusals(single), refusalsOf(spark));
        assertTrue(refusalsOf(spark).contains(texts.get(0).getFileName().toString().replace(".txt", "")
                + ": duplicate document id '" + texts.get(0).getFileName().toString().replace(".txt", "") + "' (an earlier input has the same id)"));
    }

    @Test
    void a_json_lines_dataset_gives_the_files_extract_writes_with_its_refusals() throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            ObjectNode n = json.createObjectNode().put("id", "jl-" + i).put("text", Files.readString(texts.get(i)));
            if (i % 3 == 0) n.put("title", "第" + i + "篇").put("date", "2024-03-0" + (1 + i % 9)).put("source", "政府网");
            lines.append(json.writeValueAsString(n)).append(i % 4 == 0 ? "\r\n" : "\n");
        }
        // an id that is no file name as it is, the same id again with other text, a bad line, a blank line
        lines.append(json.writeValueAsString(json.createObjectNode().put("id", "长春:2024/一").put("text", Files.readString(texts.get(2))))).append('\n');
        lines.append(json.writeValueAsString(json.createObjectNode().put("id", "jl-0").put("text", Files.readString(texts.get(3))))).append('\n');
        lines.append("{\"id\": \"broken\", \n\n");
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), lines, StandardCharsets.UTF_8);

        Path expected = dir.resolve("jsonl-extract"), actual = dir.resolve("jsonl-spark");
        List<DocumentResult> single = new Extract(Engines.get(BASE)).run(List.of(feed), expected, 2, r -> {});
        List<Outcome> spark = SparkExtract.run(sc, new SparkExtract.Options(List.of(feed.toString()), actual.toString(), BASE, 3));

        assertSameFiles(expected, actual, 20 + 1 + 2);
        assertTrue(Files.exists(actual.resolve("长春:2024%2F一.nq")));
        assertEquals(refusals(single), refusalsOf(spark));
        assertEquals(2, refusalsOf(spark).size(), refusalsOf(spark).toString());
        assertEquals(List.of(1, 2, 3), spark.stream().limit(3).map(o -> o.seq() + 1).toList(), "outcomes in input order");
    }

    @Test
    void an_input_that_does_not_exist_is_refused_before_anything_runs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkExtract.run(sc,
                new SparkExtract.Options(List.of(dir.resolve("nowhere").toString()), dir.resolve("out-none").toString(), BASE, 0)));
        assertTrue(e.getMessage().endsWith("nowhere: no such file or folder"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("out-none")));
    }

    @Test
    void the_command_line_needs_an_output_folder_and_an_input() {
        assertEquals(new SparkExtract.Options(List.of("a", "b"), "o", "https://x/", 5),
                SparkExtract.parse(new String[]{"a", "--out", "o", "--base", "https://x/", "--partitions", "5", "b"}));
        assertThrows(IllegalArgumentException.class, () -> SparkExtract.parse(new String[]{"a"}));
        assertThrows(IllegalArgumentException.class, () -> SparkExtract.parse(new String[]{"--out", "o"}));
        assertThrows(IllegalArgumentException.class, () -> SparkExtract.parse(new String[]{"--out", "o", "--threads", "2", "a"}));
    }

    private static void assertSameFiles(Path expected, Path actual, int count) throws IOException {
        List<String> names = names(expected);
        assertEquals(count, names.size(), names.toString());
        assertEquals(names, names(actual), "the same files, and nothing else (no .crc, no temporary files)");
        for (String n : names) assertArrayEquals(Files.readAllBytes(expected.resolve(n)), Files.readAllBytes(actual.resolve(n)), n);
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** "id: reason" of each refused input, sorted (extract reports a duplicate when it meets it, the job in input order). */
    private static List<String> refusals(List<DocumentResult> results) {
        List<String> out = new ArrayList<>();
        for (DocumentResult r : results) if (!r.ok()) out.add(r.id() + ": " + r.error());
        return out.stream().sorted().toList();
    }

    private static List<String> refusalsOf(List<Outcome> outcomes) {
        List<String> out = new ArrayList<>();
        for (Outcome o : outcomes) if (!o.ok()) out.add(o.id() + ": " + o.error());
        return out.stream().sorted().toList();
    }
}
