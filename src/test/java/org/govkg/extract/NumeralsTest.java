package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The digits and units of lexicon/numerals.tsv as ChineseNumbers reads them. */
class NumeralsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            〇          | 0
            两千零五     | 2005
            三万五千     | 35000
            十二        | 12
            二亿        | 200000000
            一百二十三   | 123
            """)
    void values(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumbers.parse(text)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            亿 | true
            两 | true
            零 | true
            半 | false
            个 | false
            """)
    void numeral_characters(char c, boolean expected) {
        assertEquals(expected, ChineseNumbers.isChineseNumeral(c));
    }
}
