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
            副县长周文涛、竺明远、韩立平出席。                                  | 周文涛 竺明远 韩立平                    | a rare surname (竺) keeps the list going
            老领导周文涛、林若溪及主席团成员在主席台就座。                       | 周文涛 林若溪                          | 及 after the last name of a list
            周文涛林若溪韩立平出席 方明远作工作报告 欧阳晓峰主持                 | 周文涛 林若溪 韩立平 方明远 欧阳晓峰      | names run together and names opening the parts of a subtitle
            马建华主持，林若溪作政府工作报告。                                  | 马建华 林若溪                          | a name opening a clause before an act verb
            林若溪出席会议并讲话。                                            | 林若溪                                | a name opening a sentence before 出席
            周文涛王军等在主席台就座。                                        | 周文涛 王军                            | names run together before 等 and a list closer
            方明出席。                                                      |                                      | two characters alone before a verb are too like a word
            黄金白银等贵金属价格上涨。                                        |                                      | 等 with no list closer after it: not people
            全县经济稳步回升。（林若溪）                                        | 林若溪                                | one name credited right after the paragraph's last sentence
            在金山（白湖）举办展会。                                           |                                      | one name in parentheses mid-sentence is no credit
            县委书记 林若溪\\n同志们：                                         | 林若溪                                | a signature line: a role, a space, a name ending the line
            县委副调研员韩立平、林若溪出席。                                    | 韩立平 林若溪                          | a rarer role (调研员)
            市委宣传部部长周文涛,市政协副主席林若溪出席。                        | 周文涛 林若溪                          | a name ends at an ASCII comma too
            """)
    void lists(String row, String expected, String why) {
        String sentence = row.replace("\\n", "\n");
        // one token of the whole sentence, spaces kept (Toks.of would split at them)
        List<Mention> found = PEOPLE.recognize(sentence, List.of(new org.govkg.nlp.Token(sentence, "x", 0, sentence.length())));
        String got = found.stream().sorted(java.util.Comparator.comparingInt(Mention::start))
                .map(Mention::name).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got, why);
    }
}
