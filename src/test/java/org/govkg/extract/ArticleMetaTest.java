package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an article says about itself (MetaRecognizer): bylines, publisher and publication date, on headers written for
 * govkg with invented people, places and papers. Each row: the text (\n a line break), the authors, the publisher and
 * the date, each empty when the text gives none.
 */
class ArticleMetaTest {
    private static final MetaRecognizer META = new MetaRecognizer(new Lexicons());

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                             | authors      | publisher      | date       | why
            岚溪县召开会议\\n本报记者 王晓东 通讯员 李明\\n会议指出，要抓好项目建设。                   | 王晓东 李明    |                |            | a byline line of two titles
            青禾日报讯（记者王晓东、通讯员李明）3月2日，岚溪县召开会议。                           | 王晓东 李明    | 青禾日报        |            | a byline ends at the next title word; the news mark names the paper
            岚溪网讯：5日，全县召开项目建设推进会。                                            |              | 岚溪网          |            | a news mark with a colon
            【岚溪网讯】全县召开项目建设推进会。                                               |              | 岚溪网          |            | a news mark in brackets
            青禾网岚溪3月2日电 (王晓东 李明)全县经济稳步回升。                                  |              | 青禾网          |            | a wire mark names the agency
            本报讯（青禾日报记者 王晓东）全县经济稳步回升。                                      | 王晓东        | 青禾日报        |            | a credit names the paper where 本报 names none
            本报讯（记者 王晓东）全县经济稳步回升。                                             | 王晓东        |                |            | 本报 alone names no publisher
            全县经济稳步回升。\\n（来源：青禾日报）                                             |              | 青禾日报        |            | a source line in brackets
            岚溪县召开会议\\n发布时间：2024-03-05 08:42:31 来源：岚溪县融媒体中心 浏览次数：120\\n全县经济稳步回升。 |  | 岚溪县融媒体中心 | 2024-03-05 | a page's info line dates the article, however long
            岚溪县召开会议\\n2024-03-05\\n全县经济稳步回升。                                      |              |                | 2024-03-05 | a date line
            """)
    void header(String text, String authors, String publisher, String date, String why) {
        ArticleMeta m = META.recognize(text.replace("\\n", "\n"));
        assertEquals(authors == null ? "" : authors, m.authors().stream().map(Mention::name).collect(Collectors.joining(" ")), why + ": authors");
        assertEquals(publisher, m.publisher(), why + ": publisher");
        assertEquals(date, m.date() == null ? null : m.date().toString(), why + ": date");
    }
}
