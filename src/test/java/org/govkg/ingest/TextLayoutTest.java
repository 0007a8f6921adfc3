package org.govkg.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One definition of a paragraph, a sentence and a clause: each row names the unit around a marked offset. */
class TextLayoutTest {

    /** The text with '|' at the offset asked about; the expected unit as a string. */
    private static TextLayout layout(String marked) {
        return TextLayout.of(marked.replace("|", ""));
    }

    private static int at(String marked) {
        return marked.indexOf('|');
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a full stop ends a sentence           # 甲县召开会议。全县产值|增长5%。乙镇   # 全县产值增长5%
            a semicolon ends a sentence too       # 产值增长5%；税收|增长3%。            # 税收增长3%
            a comma does not                      # 上半年，全县产值|增长5%，高于全省。  # 上半年，全县产值增长5%，高于全省
            a line break ends a sentence          # 标题一行\\n正文|开始                 # 正文开始
            the first sentence starts at zero     # 全县|产值增长。                     # 全县产值增长
            the last runs to the end of the text  # 会议召开。全县|产值                 # 全县产值
            an offset on a mark reads the sentence before it  # 产值增长|。税收       # 产值增长
            """)
    void sentence_around_an_offset(String behaviour, String marked, String expected) {
        String m = marked.strip().replace("\\n", "\n");
        assertEquals(expected.strip(), layout(m).sentenceAt(at(m)), behaviour);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a comma starts a clause               # 上半年，全县产值|增长5%，高于全省。  # 全县产值增长5%
            a pause mark starts a clause          # 城镇、农村|居民收入分别增长。        # 农村居民收入分别增长
            a colon starts a clause               # 主要指标：产值|增长5%。              # 产值增长5%
            a full stop ends a clause             # 产值|增长5%。税收增长               # 产值增长5%
            """)
    void clause_around_an_offset(String behaviour, String marked, String expected) {
        String m = marked.strip();
        TextLayout l = layout(m);
        int p = at(m);
        assertEquals(expected.strip(), l.text().substring(l.clauseStart(p), l.clauseEnd(p)), behaviour);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a list's pause mark stays in the clause  # 上半年，城镇、农村|居民收入分别增长。 # 城镇、农村
            a comma still starts it                  # 产值增长，税收、利|润分别增长。      # 税收、利
            """)
    void clause_start_keeping_lists(String behaviour, String marked, String expected) {
        String m = marked.strip();
        TextLayout l = layout(m);
        int p = at(m);
        assertEquals(expected.strip(), l.text().substring(l.clauseStartKeepingLists(p), p), behaviour);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a paragraph runs to the line break    # 第一段。\\n第二|段，仍在。\\n第三段   # 第二段，仍在。
            the first paragraph starts at zero    # 第|一段。\\n第二段                   # 第一段。
            """)
    void paragraph_around_an_offset(String behaviour, String marked, String expected) {
        String m = marked.strip().replace("\\n", "\n");
        TextLayout l = layout(m);
        int p = at(m);
        assertEquals(expected.strip(), l.text().substring(l.paragraphStart(p), l.paragraphEnd(p)), behaviour);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a full stop between                   # 产值增长。税收增长 # 0 # 9 # true
            a semicolon between                   # 产值增长；税收增长 # 0 # 9 # true
            only commas between                   # 产值增长，税收增长 # 0 # 9 # false
            the mark just past the range          # 产值增长。税收增长 # 0 # 4 # false
            """)
    void sentence_ends_within(String behaviour, String text, int from, int to, boolean expected) {
        assertEquals(expected, TextLayout.of(text.strip()).sentenceEndsWithin(from, to), behaviour);
    }
}
