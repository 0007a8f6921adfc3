package org.govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The patterns of rules/name-patterns.tsv that no unit test of the name rules covers: a declared short name
 * (AliasRecognizer) and a year the text states (Extractor.yearOf); and lexicon/name-words.tsv project-head
 * (MentionOverlaps). The names are invented.
 */
class NamePatternsTest {
    private static final AliasRecognizer ALIASES = new AliasRecognizer(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                  | alias mentions (start) | why
            青禾智造科技有限公司（以下简称“青禾智造”）。青禾智造今年投产。  | 16 23                  | declared, then used
            青禾智造科技有限公司（下称“青禾”）。青禾今年投产。             | 14 19                  | another wording
            青禾智造科技有限公司（“青禾智造”）。                          | 12                     | no wording at all
            青禾智造科技有限公司（青禾智造）。青禾智造今年投产。           |                        | not in quotes
            """)
    void declared_short_names(String text, String expected, String why) {
        Mention full = Mention.of(EntityType.ENTERPRISE, "青禾智造科技有限公司", 0, 0.9);
        String got = ALIASES.recognize(text, List.of(full)).stream().filter(Mention::alias)
                .map(m -> Integer.toString(m.start())).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got, why);
    }

    @Test
    void the_year_most_stated_in_the_text_else_the_year_in_the_id() {
        assertEquals(2031, Extractor.yearOf("a", "2031年青禾，2031年白鹭，2030年松川"));
        assertEquals(2029, Extractor.yearOf("news-2029-01", "青禾今年投产"));
    }

    @Test
    void a_name_inside_a_project_before_its_head_is_the_project() {
        Mention project = Mention.of(EntityType.PROJECT, "青禾智谷项目", 0, 0.9), place = Mention.of(EntityType.PLACE, "青禾智谷", 0, 0.9);
        assertEquals(List.of(project), MentionOverlaps.resolve(List.of(project, place)));
        Mention works = Mention.of(EntityType.PROJECT, "青禾智谷工程", 0, 0.9);
        assertEquals(List.of(works, place), MentionOverlaps.resolve(List.of(works, place)));
    }
}
