package org.govkg.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The extraction digest sees every file that can change what is extracted, and nothing else: a small project
 * tree is digested, one file is changed, added or removed, and the digest must change exactly when the file is
 * one the extraction reads (its sources, rules, lexicons, gazetteer, ontology) or a library version changed.
 */
class ExtractionDigestTest {
    private static final Map<String, String> VERSIONS = Map.of("hanlp", "portable-1.8.6", "jena", "5.6.0");

    /** A small project: a file in each covered folder, and some that are not covered. */
    private static final List<String> TREE = List.of(
            "ontology/govkg.ttl", "ontology/shapes.ttl",
            "src/main/resources/org/govkg/rules/units.tsv", "src/main/resources/org/govkg/lexicon/roles.tsv",
            "src/main/resources/org/govkg/gazetteer/divisions.tsv", "src/main/resources/org/govkg/cube/ic-01.rq",
            "src/main/resources/org/govkg/generate/names.tsv", "src/main/resources/log4j2.properties",
            "src/main/java/org/govkg/ingest/Document.java", "src/main/java/org/govkg/nlp/Segmenter.java",
            "src/main/java/org/govkg/extract/Extractor.java", "src/main/java/org/govkg/resolve/Resolver.java",
            "src/main/java/org/govkg/rdf/Ontology.java", "src/main/java/org/govkg/pipeline/Engine.java",
            "src/main/java/org/govkg/cli/Main.java", "src/main/java/org/govkg/server/KgServer.java",
            "src/test/java/org/govkg/extract/ExtractorTest.java", "README.md", "pom.xml");

    private static Path project(Path dir, List<String> files) throws IOException {
        for (String f : files) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "# " + f + "\ncontent of " + f + "\n", StandardCharsets.UTF_8);
        }
        return dir;
    }

    @ParameterizedTest(name = "{0} {1}: digest changes = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # the file                                                         | what happens | digest changes
            src/main/resources/org/govkg/rules/units.tsv                       | one byte     | true
            src/main/resources/org/govkg/lexicon/roles.tsv                     | one byte     | true
            src/main/resources/org/govkg/gazetteer/divisions.tsv               | one byte     | true
            src/main/resources/org/govkg/lexicon/new-list.tsv                  | added        | true
            src/main/resources/org/govkg/patterns/new-folder.tsv               | added        | true
            src/main/resources/org/govkg/rules/units.tsv                       | removed      | true
            ontology/govkg.ttl                                                 | one byte     | true
            ontology/shapes.ttl                                                | one byte     | true
            src/main/java/org/govkg/ingest/Document.java                       | one byte     | true
            src/main/java/org/govkg/nlp/Segmenter.java                         | one byte     | true
            src/main/java/org/govkg/extract/Extractor.java                     | one byte     | true
            src/main/java/org/govkg/extract/figure/Quantity.java               | added        | true
            src/main/java/org/govkg/resolve/Resolver.java                      | one byte     | true
            src/main/java/org/govkg/rdf/Ontology.java                          | one byte     | true
            src/main/java/org/govkg/pipeline/Engine.java                       | one byte     | true
            src/main/java/org/govkg/cli/Main.java                              | one byte     | false
            src/main/java/org/govkg/cli/NewCommand.java                        | added        | false
            src/main/java/org/govkg/server/KgServer.java                       | one byte     | false
            src/main/resources/org/govkg/cube/ic-01.rq                         | one byte     | false
            src/main/resources/org/govkg/generate/names.tsv                    | one byte     | false
            src/main/resources/log4j2.properties                               | one byte     | false
            src/test/java/org/govkg/extract/ExtractorTest.java                 | one byte     | false
            README.md                                                          | one byte     | false
            pom.xml                                                            | one byte     | false
            src/main/java/org/govkg/extract/Extractor.java~                    | added        | false
            src/main/resources/org/govkg/rules/.DS_Store                       | added        | false
            """)
    void the_digest_changes_exactly_when_a_file_the_extraction_reads_changes(String file, String what, boolean changes,
                                                                             @TempDir Path dir) throws IOException {
        Path root = project(dir, TREE);
        String before = ExtractionDigest.of(root, VERSIONS);
        Path p = root.resolve(file);
        switch (what) {
            case "one byte" -> {
                byte[] b = Files.readAllBytes(p);
                b[b.length - 1] = (byte) '\r';  // a line ending counts: the bytes are digested as they are
                Files.write(p, b);
            }
            case "added" -> {
                Files.createDirectories(p.getParent());
                Files.writeString(p, "new\n");
            }
            case "removed" -> Files.delete(p);
            default -> throw new IllegalArgumentException(what);
        }
        String after = ExtractionDigest.of(root, VERSIONS);
        if (changes) assertNotEquals(before, after);
        else assertEquals(before, after);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # library | version        | digest changes
            hanlp     | portable-1.8.7 | true
            jena      | 5.6.1          | true
            jena      | 5.6.0          | false
            """)
    void a_library_version_is_part_of_the_digest(String library, String version, boolean changes, @TempDir Path dir) throws IOException {
        Path root = project(dir, TREE);
        Map<String, String> upgraded = new java.util.TreeMap<>(VERSIONS);
        upgraded.put(library, version);
        if (changes) assertNotEquals(ExtractionDigest.of(root, VERSIONS), ExtractionDigest.of(root, upgraded));
        else assertEquals(ExtractionDigest.of(root, VERSIONS), ExtractionDigest.of(root, upgraded));
    }

    @Test
    void a_file_renamed_with_the_same_content_changes_the_digest(@TempDir Path dir) throws IOException {
        Path root = project(dir, TREE);
        String before = ExtractionDigest.of(root, VERSIONS);
        Path from = root.resolve("src/main/resources/org/govkg/lexicon/roles.tsv");
        Files.move(from, from.resolveSibling("posts.tsv"));
        assertNotEquals(before, ExtractionDigest.of(root, VERSIONS));
    }

    /** The same files written in the opposite order (so a folder lists them in another order) digest the same. */
    @Test
    void the_order_files_were_written_in_does_not_matter(@TempDir Path one, @TempDir Path two) throws IOException {
        List<String> reversed = new ArrayList<>(TREE);
        Collections.reverse(reversed);
        assertEquals(ExtractionDigest.of(project(one, TREE), VERSIONS), ExtractionDigest.of(project(two, reversed), VERSIONS));
    }

    /**
     * The format, pinned so every machine computes the same: per file in the order of its '/'-separated path,
     * "path NUL length NUL bytes", then "version NAME NUL VERSION NUL" per library by name. The expected value is
     * {@code printf 'ontology/o.ttl\0004\000# o\nsrc/main/java/org/govkg/extract/A.java\00011\000class A {}\nversion hanlp\0001\000version jena\0002\000' | sha256sum}.
     */
    @Test
    void the_digest_of_a_known_tree_is_the_documented_sha256(@TempDir Path dir) throws IOException {
        for (String d : ExtractionDigest.COVERED) Files.createDirectories(dir.resolve(d));
        Files.writeString(dir.resolve("ontology/o.ttl"), "# o\n");
        Files.writeString(dir.resolve("src/main/java/org/govkg/extract/A.java"), "class A {}\n");
        assertEquals("8cba41c43670a8a21b3cb6c05e0203b1e77f097b6cc633f7c0a00dd633d2b6dc",
                ExtractionDigest.of(dir, Map.of("jena", "2", "hanlp", "1")));
    }
}
