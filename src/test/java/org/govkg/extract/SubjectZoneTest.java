package org.govkg.extract;

import org.govkg.pipeline.Engine;
import org.govkg.testing.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An article about a zone gives the zone the figures it states without an area of their own and those of 全区 /
 * 园区; an article whose headline and lead name a division first keeps them with the division. Each row: the text
 * (headline, a line break, the body), and for each figure in text order its value and area — the zone's name, or
 * {@code main} for the article's own division, or the level word as the text writes it.
 */
class SubjectZoneTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the text                                                                                                   | value@area, in text order
            白鹭湾高新区年度工作综述\\n去年，白鹭湾高新区紧扣主导产业抓招商，新签约项目15个，新开工项目8个。                | 15@白鹭湾高新区 8@白鹭湾高新区
            白鹭湾高新区年度工作综述\\n去年，白鹭湾高新区紧扣主导产业抓招商。全区新签约项目15个，与远川市结对共建。         | 15@白鹭湾高新区
            青田县召开经济运行分析会\\n一季度，全县地区生产总值增长6.2%。白鹭湾高新区新签约项目15个。                        | 6.2@county 15@白鹭湾高新区
            """)
    void a_zone_the_article_is_about_owns_its_unplaced_figures(String text, String expected) {
        Engine engine = Engines.get();
        Extraction x = engine.extractor().extract(Engines.doc("d", text.replace("\\n", "\n")));
        String got = x.figures().stream().map(f -> f.value().stripTrailingZeros().toPlainString() + "@"
                + (f.area().mention() != null ? f.area().mention().name() : f.area().level()))
                .collect(Collectors.joining(" "));
        assertEquals(expected, got);
    }
}
