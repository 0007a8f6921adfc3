package org.govkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lexicon of (entry, use) rows: entries by use in file order, and a use the file lacks fails rather than matching nothing. */
class WordUsesTest {
    private final WordUses w = new WordUses("/org/govkg/extract/word-uses-sample.tsv");

    @Test
    void entries_of_a_use_keep_the_files_order() {
        assertEquals(List.of("乙甲", "甲"), w.words("first"));
        assertEquals("丙丁", w.chars("chars"));
        assertEquals("甲+", w.word("pattern"));
    }

    @Test
    void an_alternation_tries_the_words_in_file_order() {
        assertEquals("(?:\\Q乙甲\\E|\\Q甲\\E)", w.alternation("first"));
        var m = java.util.regex.Pattern.compile(w.alternation("first")).matcher("乙甲");
        assertTrue(m.find());
        assertEquals("乙甲", m.group());
        assertTrue(w.pattern("pattern").matcher("甲甲").matches());
    }

    @Test
    void a_missing_use_or_a_wrong_shape_fails() {
        assertThrows(IllegalStateException.class, () -> w.words("absent"));
        assertThrows(IllegalStateException.class, () -> w.word("first"));
        assertThrows(IllegalStateException.class, () -> w.chars("first"));
    }
}
