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
            外资                    | false         | an ownership class (name-generic)
            央企国企                | false         | two ownership classes
            重大前期                | false         | a stage word after a generic word
            新竣工                  | false         | a stage word
            储备大                  | false         | a stage word and 大
            超10亿元                | false         | a size class (threshold)
            10亿元以上              | false         | a size class with 以上
            百亿工业                | false         | a size class and a generic word
            亿吨大                  | false         | a size of a class, not a name
            青禾县11个              | false         | a count in digits (counted)
            路边200余台             | false         | a count with 余 (counted)
            万禾                    | true          | a name that opens with a numeral character
            百川新材料              | true          | 百 opens a name: what follows is no generic word
            """)
    void meaningful(String body, boolean expected, String why) {
        assertEquals(expected, BODY.meaningful(body), why);
    }
}
