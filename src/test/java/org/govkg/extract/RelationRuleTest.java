package org.govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A relation rule compiled for a masked text (RelationRule's contract); placeholders P=U+E000, E=U+E001, O=U+E002, Z=U+E003, D=U+E004. */
class RelationRuleTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a captured slot is a named group of its kinds;{s:P}由{o:E|O}投资;(?<s>[\uE000])由(?<o>[\uE001\uE002])投资",
            "an uncaptured slot is a class;落户{Z};落户[\uE003]",
            "a quantified slot keeps its quantifier;位于{D}*{o:Z|D};位于(?:[\uE004])*(?<o>[\uE003\uE004])",
    })
    void slots_become_placeholders(String behaviour, String rule, String expected) {
        assertEquals(expected, RelationRule.expand(rule), behaviour);
    }

    @Test
    void only_unquantified_top_level_slots_are_required_kinds() {
        assertEquals(List.of("\uE000", "\uE001\uE002"), RelationRule.requiredKinds("{s:P}由{o:E|O}(?:{Z})?{D}*"));
    }

    @Test
    void a_stage_word_is_required_only_at_the_top_level() {
        assertEquals(true, RelationRule.of("stage", "{s:P}{stage}", 0.8, "(?<stage>开工)", "").stage());
        assertEquals(false, RelationRule.of("stage", "{s:P}(?:{stage})?", 0.8, "(?<stage>开工)", "").stage());
    }

    @Test
    void an_unknown_letter_fails() {
        assertThrows(IllegalArgumentException.class, () -> RelationRule.expand("{s:X}由{o:E}投资"));
    }
}
