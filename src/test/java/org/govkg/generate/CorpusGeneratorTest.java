package org.govkg.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govkg.extract.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator is a function of the seed and the article number, and its gold says what its text says. */
class CorpusGeneratorTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void the_same_seed_writes_the_same_files_and_slices_compose(@TempDir Path dir) throws IOException {
        new CorpusGenerator(gazetteer, 42).write(dir.resolve("a"), 0, 12);
        new CorpusGenerator(gazetteer, 42).write(dir.resolve("b"), 6, 12);
        new CorpusGenerator(gazetteer, 42).write(dir.resolve("b"), 0, 6);
        new CorpusGenerator(gazetteer, 43).write(dir.resolve("c"), 0, 12);
        Map<String, String> a = files(dir.resolve("a"));
        assertEquals(24, a.size());
        assertEquals(a, files(dir.resolve("b")));
        assertNotEquals(a, files(dir.resolve("c")));
    }

    @Test
    void copies_are_listed_later_under_a_new_headline_cut_and_every_third_traditional(@TempDir Path dir) throws IOException {
        CorpusGenerator g = new CorpusGenerator(gazetteer, 7);
        g.write(dir.resolve("a"), 0, 20);
        g.writeCopies(dir.resolve("a"), 0, 20, 6);
        new CorpusGenerator(gazetteer, 7).writeCopies(dir.resolve("b"), 0, 20, 6);
        java.util.List<String> lines = Files.readAllLines(dir.resolve("a").resolve(CorpusGenerator.COPIES));
        assertEquals("copy\toriginal", lines.get(0));
        assertEquals(7, lines.size());
        for (int j = 1; j < lines.size(); j++) {
            String[] row = lines.get(j).split("\t");
            String copy = Files.readString(dir.resolve("a/articles/" + row[0] + ".txt"), StandardCharsets.UTF_8);
            String original = Files.readString(dir.resolve("a/articles/" + row[1] + ".txt"), StandardCharsets.UTF_8);
            assertEquals(copy, Files.readString(dir.resolve("b/articles/" + row[0] + ".txt"), StandardCharsets.UTF_8), "the same seed, the same copy");
            String[] c = copy.split("\n\n", 3), o = original.split("\n\n", 3);
            assertTrue(c[0].compareTo(o[0]) != 0, row[0] + ": dated otherwise");
            assertNotEquals(o[1], c[1], row[0] + ": a new headline");
            assertTrue(c[2].length() < o[2].length() && c[2].length() >= o[2].length() * 0.7 - 30, row[0] + ": a cut tail, at most 30 %");
            boolean traditional = (j - 1) % 3 == 2;
            // HanLP's s2t leaves a traditional text as it is and changes a simplified one
            assertEquals(traditional, org.govkg.nlp.TraditionalChinese.toTraditional(c[2]).equals(c[2]),
                    row[0] + (traditional ? ": in traditional characters" : ": in simplified characters"));
        }
    }

    @Test
    void the_gold_quotes_the_text_and_names_real_divisions(@TempDir Path dir) throws IOException {
        new CorpusGenerator(gazetteer, 5).write(dir, 0, 20);
        ObjectMapper json = new ObjectMapper();
        int observations = 0;
        try (Stream<Path> s = Files.list(dir.resolve("gold"))) {
            for (Path g : s.toList()) {
                JsonNode gold = json.readTree(g.toFile());
                String text = Files.readString(dir.resolve("articles").resolve(gold.get("doc").asText() + ".txt"), StandardCharsets.UTF_8);
                for (JsonNode o : gold.get("observations")) {
                    assertTrue(text.contains(o.get("evidence").asText()), o.get("evidence").asText());
                    observations++;
                }
                for (JsonNode e : gold.get("entities")) {
                    boolean named = text.contains(e.get("label").asText());
                    for (JsonNode a : e.get("aliases")) named |= text.contains(a.asText());
                    assertTrue(named, e.get("label").asText());
                    if (e.has("code")) assertEquals(e.get("label").asText(), gazetteer.get(e.get("code").asText()).name());
                }
            }
        }
        assertTrue(observations >= 40, observations + " observations in 20 articles");
    }
}
