package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The period of a figure, for an article dated 2026-07-20: start..end, or none. */
class PeriodAttributionTest {
    private static final PeriodAttribution PERIODS = new PeriodAttribution();

    /** '^' marks the figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            stated in the sentence           # 上半年，青禾县地区生产总值增长^6.8%                             # false # false # 2026-01-01..2026-06-30
            carried from the paragraph       # 上半年，青禾县经济运行平稳。地区生产总值增长^6.8%               # false # false # 2026-01-01..2026-06-30
            carried from later in it         # 青禾县经济运行平稳，地区生产总值增长^6.8%。1-6月，全县新增企业300家 # false # false # 2026-01-01..2026-06-30
            the article's review period      # 青禾县总结回顾上半年工作。\\n地区生产总值增长^6.8%             # false # false # 2026-01-01..2026-06-30
            a period ahead does not carry    # 全年工作会议召开。地区生产总值增长^6.8%                         # false # false # none
            a dated period goes on           # 截至6月底，青禾县入驻企业128家，其中规上企业^37家                 # false # false # ..2026-06-30
            a target is for the whole year   # 今年以来，青禾县力争固定资产投资达到^450亿元                       # true  # false # 2026-01-01..2026-12-31
            a target takes its own only      # 上半年，青禾县经济运行平稳。力争地区生产总值增长^7%             # true  # false # none
            a target in a year's paragraph   # 2027年是关键之年。主要预期目标是：地区生产总值增长^7%左右        # true  # false # 2027-01-01..2027-12-31
            what a project is is timeless    # 今年2月，白鹭湾物流园项目开工，总投资^26亿元                      # false # true  # none
            unless its clause dates it       # 白鹭湾物流园项目今年以来完成投资^8亿元                            # false # true  # 2026-01-01..2026-07-20
            """)
    void decides_the_period(String name, String escaped, boolean target, boolean timeless, String expected) {
        String marked = escaped.replace("\\n", "\n");
        int at = marked.indexOf('^');
        String text = marked.replace("^", "");
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), null);
        var site = new PeriodAttribution.Site(doc.layout().sentenceStart(at), doc.layout().clauseStart(at), at, target, timeless, null);
        assertEquals(expected, FigureTexts.period(PERIODS.periodOf(doc, site)));
    }
}
