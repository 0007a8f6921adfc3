package org.govkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named rules read from a rule file (NamedRules' contract), on a fixture under src/test/resources. */
class NamedRulesTest {
    private final NamedRules rules = NamedRules.load("/org/govkg/extract/named-rules-fixture.tsv");

    @Test
    void a_value_is_read_as_written_with_one_backslash() {
        assertEquals("(\\d{4})年", rules.get("year"));
        assertTrue(rules.pattern("year").matcher("2024年").matches());
    }

    @Test
    void a_missing_name_fails_naming_the_file() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rules.get("month"));
        assertTrue(e.getMessage().contains("named-rules-fixture.tsv"), e.getMessage());
    }

    @Test
    void an_alternation_quotes_each_word_in_order() {
        String alt = NamedRules.alternation(List.of("a.b", "上半年"));
        assertEquals(Pattern.quote("a.b") + "|" + Pattern.quote("上半年"), alt);
        assertTrue(Pattern.compile(alt).matcher("a.b").matches());
        assertTrue(!Pattern.compile(alt).matcher("axb").matches());
    }
}
