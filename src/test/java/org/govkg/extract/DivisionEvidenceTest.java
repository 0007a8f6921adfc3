package org.govkg.extract;

import org.govkg.pipeline.Engine;
import org.govkg.testing.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A division name inside a common word is no mention unless the article corroborates it (says it twice, or names
 * a parent or child of it); a name said as a word of its own stays; a two-character county (X县) counts when its
 * bodies follow it, never a common word (和县 in 市委和县委). Each row: the text, the divisions found (by
 * name, in text order, each once), and the article's main division.
 */
class DivisionEvidenceTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the text                                                                    | divisions         | main
            我市将加快建设现代化沿海城市，全年地区生产总值增长6.2%。                         | none              | none
            把青禾打造成区域性新兴城市，规上工业增加值增长8.1%。                             | none              | none
            各位来宾，欢迎大家到青禾考察投资。                                              | none              | none
            来宾市召开项目推进会，来宾市主要负责人出席。                                     | 来宾市            | 451300
            湿地公园位于西湖区域东侧，总面积120公顷。                                        | none              | none
            杭州市西湖区召开经济工作会议，西湖区全年实现地区生产总值1025亿元。                 | 杭州市,西湖区     | 330106
            中共祁县委召开常委会会议，研究全县年度重点工作。                                | 祁县              | 140727
            市委和县委联合召开会议，部署年度重点工作。                                      | none              | none
            """)
    void a_name_inside_a_word_needs_corroboration(String text, String expected, String main) {
        Engine engine = Engines.get();
        Extraction x = engine.extractor().extract(Engines.doc("d", text));
        String got = x.mentions().stream().filter(m -> m.type() == EntityType.DIVISION).map(Mention::name).distinct().collect(Collectors.joining(","));
        assertEquals(expected == null ? "" : expected, got);
        assertEquals(main, x.mainDivision());
    }
}
