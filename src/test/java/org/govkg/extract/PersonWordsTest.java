package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of lexicon/person-words.tsv as PersonRecognizer honours them, on sentences and tokens written by hand. */
class PersonWordsTest {
    private static final PersonRecognizer PEOPLE = new PersonRecognizer(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                               | people (name/role)        | why
            区委书记/n 李明远表示/x                    | 李明远/区委书记             | a name after a role, before a word of after-name
            区委书记/n 李明远，/x                      | 李明远/区委书记             | or before a mark
            区委书记/n 李明远走/x                      |                           | or not at all
            市委常务副书记/n 李明远表示/x               | 李明远/市委常务副书记        | the role widened to its body (role-widening)
            记者/n 王小舟/nr 报道/v                    | 王小舟/                    | a byline names no post (byline)
            李明远/nr 同志/n                          | 李明远/                    | a naming tail (naming-tail)
            县长/n 林若/nr 溪主持/x                    | 林若溪/县长                 | a segmenter name cut short gives way to the whole name at its start
            市长/n 韩立平作报告/x                      | 韩立平/市长                 | 作 ends a name read after a role (after-name)
            李明远/nr 主任/n                          | 李明远/主任                 | a role after the name
            李明远/nr 委员/n                          |                           | but not this one (not-after-name)
            """)
    void people(String spec, String expected, String why) {
        var tokens = Toks.of(spec);
        // the tokens of a whole stretch (tagged x) only carry its text: the role rules read the text itself
        var found = PEOPLE.recognize(Toks.text(tokens), tokens);
        String got = found.stream().map(m -> m.name() + "/" + (m.person() == null || m.person().role() == null ? "" : m.person().role())).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got, why);
    }
}
