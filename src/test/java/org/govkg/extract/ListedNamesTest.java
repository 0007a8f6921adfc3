package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The names of a list before its category (ListedNames, through NameRecognizer); the marker, the count and the measure
 * words come from lexicon/name-words.tsv (list-marker, list-count, list-measure).
 */
class ListedNamesTest {
    private static final NameRecognizer NAMES = new NameRecognizer(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                         | mentions                               | why
            青禾、白鹭等3家企业              | ENTERPRISE:白鹭 ENTERPRISE:青禾          | a count and a measure word before the head
            推进青禾、白鹭等项目             | PROJECT:白鹭 PROJECT:青禾                | the verb before the first item is cut
            青禾、白鹭等两个园区             | ZONE:白鹭 ZONE:青禾                      | a Chinese count
            青禾、白鹭等地                  |                                        | no category head
            """)
    void lists(String text, String expected, String why) {
        assertEquals(expected == null ? "" : expected, Toks.show(NAMES.lists(text, List.of())), why);
    }
}
