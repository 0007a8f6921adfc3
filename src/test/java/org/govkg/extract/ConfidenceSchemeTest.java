package org.govkg.extract;

import org.govkg.resolve.Entity;
import org.govkg.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/confidence.tsv: one value per way of finding an item, each used, each a measured share of right items. */
class ConfidenceSchemeTest {
    private static final Lexicons LEX = new Lexicons();

    private static double c(String method) {
        return LEX.confidence(method);
    }

    @Test
    void every_value_is_a_probability_with_a_reason() {
        assertFalse(LEX.confidences.isEmpty());
        for (String[] r : Tsv.load(Lexicons.CONFIDENCE, 4)) {
            double v = Double.parseDouble(r[1]);
            assertTrue(v >= 0 && v <= 1, r[0] + " has " + v);
            assertFalse(r[2].isBlank(), r[0] + " says not why");
        }
        assertThrows(IllegalArgumentException.class, () -> LEX.confidence("no.such-method"));
    }

    /** The value is (right + 1) / (items + 2) of the counts the file records, so no value drifts from its measurement. */
    @Test
    void every_value_follows_from_its_measured_counts() {
        Pattern counts = Pattern.compile("(?:any )?(\\d+)/(\\d+)");
        for (String[] r : Tsv.load(Lexicons.CONFIDENCE, 4)) {
            Matcher m = counts.matcher(r[3]);
            assertTrue(m.matches(), r[0] + ": measured column '" + r[3] + "' is not right/items");
            int ok = Integer.parseInt(m.group(1)), n = Integer.parseInt(m.group(2));
            assertTrue(ok <= n, r[0]);
            BigDecimal expected = BigDecimal.valueOf(ok + 1).divide(BigDecimal.valueOf(n + 2), 2, RoundingMode.HALF_UP);
            assertEquals(0, expected.compareTo(new BigDecimal(r[1])), r[0] + ": " + r[3] + " gives " + expected + ", the file says " + r[1]);
        }
    }

    @Test
    void every_method_is_used_by_a_recogniser_and_every_recogniser_asks_a_known_method() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/org/govkg/extract");
        Pattern literal = Pattern.compile("\"([a-z]+\\.[a-z-]+)\"");
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.contains("confidence(")) continue;
                    Matcher m = literal.matcher(line);
                    while (m.find()) asked.add(m.group(1));
                }
            }
        }
        assertEquals(new TreeSet<>(LEX.confidences.keySet()), asked, "methods of rules/confidence.tsv vs methods the recognisers ask for");
    }

    @Test
    void how_an_item_was_found_orders_its_confidence() {
        // a division the gazetteer resolves is surer than a personal name only HanLP's tagger found
        assertTrue(c("division.gazetteer") > c("person.ner"));
        // a lexicon hit is surer than a suffix rule, a suffix rule on a tagged proper name than on common words
        assertTrue(c("org.division-body") > c("name.suffix-proper"));
        assertTrue(c("name.suffix-proper") > c("name.suffix"));
        assertTrue(c("figure.scheme") > c("figure.candidate"));
        // the 0.8 threshold of `govkg eval` keeps lexicon hits and drops suffix rules and candidate indicators
        for (String m : List.of("division.gazetteer", "division.town", "org.division-body", "org.level-body", "meeting.plenary", "person.role-ner", "figure.scheme"))
            assertTrue(c(m) >= 0.8, m);
        for (String m : List.of("name.suffix", "name.suffix-proper", "name.suffix-division", "figure.candidate", "figure.rank"))
            assertTrue(c(m) < 0.8, m);
    }

    @Test
    void mentions_and_figures_carry_the_value_of_their_method() {
        ResolvedDocument rd = FigureRecognitionTest.resolve("永州市宁远县委书记周文涛表示，要加快建设青岚湾数字经济产业园。\n"
                + "会上，周文涛介绍，前三季度，宁远县地区生产总值完成251.3亿元，比上年同期增长6.1%。");
        Entity district = rd.entities().stream().filter(e -> e.type() == EntityType.DIVISION && "431126".equals(e.facts().code())).findFirst().orElseThrow();
        assertEquals(c("division.gazetteer"), district.confidence());
        Entity person = rd.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.labels().contains("周文涛")).findFirst()
                .orElseThrow(() -> new AssertionError(FigureRecognitionTest.entities(rd)));
        // found beside a role once, and again by HanLP's tag alone: the entity has the better of the two
        assertTrue(person.mentions().stream().anyMatch(m -> m.confidence() == c("person.role-ner")), () -> person.mentions().toString());
        assertTrue(person.mentions().stream().anyMatch(m -> m.confidence() == c("person.ner")), () -> person.mentions().toString());
        assertEquals(c("person.role-ner"), person.confidence());
        assertTrue(district.confidence() > person.mentions().stream().mapToDouble(Mention::confidence).min().orElseThrow());
        assertTrue(rd.observations().stream().anyMatch(o -> "gdp".equals(o.figure().indicatorId()) && o.figure().confidence() == c("figure.scheme")),
                () -> rd.observations().toString());
    }
}
