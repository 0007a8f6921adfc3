package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whether the stretch before a name's head names a thing (NameBody); the words it tests come from
 * lexicon/name-words.tsv (bare-numeral, function-char, period-bearing-head) and rules/name-patterns.tsv.
 */
class NameBodyTest {
    private static final NameBody BODY = new NameBody(new Lexicons());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # body                 | names a thing | why
            青禾智谷                | true          | a proper name
            重点产业                | false         | generic words only
            全区                    | false         | a determiner only
            三二一                  | false         | numerals only (bare-numeral)
            青禾的                  | false         | a function character (function-char)
            三个青禾                | false         | a count (counted)
            2031年青禾              | false         | a period (period-in-name)
            2031年经济运行情况       | true          | a period before a head that may hold one (period-bearing-head)
            青禾，白鹭              | false         | punctuation
            """)
    void meaningful(String body, boolean expected, String why) {
        assertEquals(expected, BODY.meaningful(body), why);
    }
}
