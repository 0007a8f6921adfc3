package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Quoted names with a head (QuotedNames, through NameRecognizer), on tokens written by hand. */
class QuotedNamesTest {
    private static final NameRecognizer NAMES = new NameRecognizer(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                                     | mentions             | why
            在/p “/w 青禾/ns 智谷/n 产业园/n ”/w              | ZONE:青禾智谷产业园    | the quote holds the name
            “/w 青禾/ns 飞跃/v 大道/n ”/w                    |                      | a saying holds a verb
            “/w 青禾/ns ，/w 白鹭/ns 产业园/n ”/w              |                      | a comma in the quote
            “/w 产业园/n ”/w                                |                      | a head alone
            """)
    void quoted(String spec, String expected, String why) {
        var tokens = Toks.of(spec);
        assertEquals(expected == null ? "" : expected, Toks.show(NAMES.quoted(Toks.text(tokens), tokens)), why);
    }
}
