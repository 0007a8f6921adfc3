package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * People listed with 、 (PersonLists through PersonRecognizer), on sentences written for govkg with invented names
 * and places. Each sentence is one token tagged x: no segmenter tag helps, the list rules read the text alone.
 */
class PersonListsTest {
    private static final Lexicons LEX = new Lexicons();
    private static final PersonRecognizer PEOPLE = new PersonRecognizer(LEX);

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                  | people, in text order                 | why
            副县长周文涛、林若溪、韩立平出席会议。                           | 周文涛 林若溪 韩立平                    | a list after a role
            市领导周文涛、林若溪陪同调研。                                   | 周文涛 林若溪                          | a list after a role plural (list-opener)
            在主席台就座的还有：周文涛、林若溪、韩立平。                       | 周文涛 林若溪 韩立平                    | a list after an opener, across a colon
            会议由副书记方明主持。周文涛、林若溪、韩立平等全体县级领导出席。     | 方明 周文涛 林若溪 韩立平               | a list closed by 等…出席
            周文涛、林若溪、韩立平在主席台就座。                              | 周文涛 林若溪 韩立平                    | a list closed by 在主席台就座
            周文涛、王军、欧阳晓峰、林若溪等参加会议。                          | 周文涛 王军 欧阳晓峰 林若溪              | 2-char, 3-char and compound-surname names
            副县长周文涛、林若溪、白沙镇、韩立平出席。                          | 周文涛 林若溪 韩立平                    | a place in the list is no person
            周文涛、林若溪、县发改局、韩立平等出席。                            | 周文涛 林若溪 韩立平                    | a body in the list is no person
            副县长周文涛、林若溪、韩立平出席。                                | 周文涛 林若溪 韩立平                    | a name is not cut by the following character (韩立 of 韩立平出)
            金山、白湖、高峰等地参加展会。                                    |                                      | neither opened nor closed by people words: places
            华光、万达等企业负责人参加。                                      |                                      | closed, but a body word between 等 and the closer
            周文涛、林若溪一起研究。                                          |                                      | neither opened nor closed
            青川网3月2日电 (周文涛 林若溪)全县经济稳步回升。                 | 周文涛 林若溪                          | a credit in parentheses after the wire word 电
            全县经济稳步回升。（周文涛、记者 林若溪）                           | 周文涛 林若溪                          | a credit closing the text, with a byline word
            在金山（白湖 高峰）举办展会。                                      |                                      | a parenthesised group mid-sentence is no credit
            """)
    void lists(String sentence, String expected, String why) {
        // one token of the whole sentence, spaces kept (Toks.of would split at them)
        List<Mention> found = PEOPLE.recognize(sentence, List.of(new org.govkg.nlp.Token(sentence, "x", 0, sentence.length())));
        String got = found.stream().sorted(java.util.Comparator.comparingInt(Mention::start))
                .map(Mention::name).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got, why);
    }
}
