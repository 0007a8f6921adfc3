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
            an event's day dates what it did # 7月12日，青禾县举行重点项目集中开工仪式，集中开工^6个项目           # false # false # 2026-07-12..2026-07-12
            over a year in the event's name  # 7月12日，青禾县举行2026年重点项目集中开工仪式，集中开工^6个项目     # false # false # 2026-07-12..2026-07-12
            the event's paragraph            # 7月12日，青禾县第五次全体会议召开。出席会议的委员^24人              # false # false # 2026-07-12..2026-07-12
            this event, later                # 7月12日，青禾县举行集中签约仪式。\\n据了解，本次集中签约项目^4个      # false # false # 2026-07-12..2026-07-12
            a day of no event dates nothing  # 7月12日，记者从青禾县统计局获悉，上半年，全县地区生产总值增长^6.8%   # false # false # 2026-01-01..2026-06-30
            its own clause outranks the day  # 7月12日，青禾县召开会议。上半年，全县地区生产总值增长^6.8%          # false # false # 2026-01-01..2026-06-30
            a later opener outranks the day  # 7月12日，青禾县召开发布会。上半年，全县地区生产总值增长6.8%；社会消费品零售总额^85亿元 # false # false # 2026-01-01..2026-06-30
            the period stated most           # 今年以来，青禾县工业运行平稳。\\n一季度，规上工业增加值增长8%。\\n一季度，工业投资增长12%。\\n糖果产量增长^31.9% # false # false # 2026-01-01..2026-03-31
            a point in its own sentence      # 截至一季度末，青禾县入园企业达^3636户                                  # false # false # ..2026-03-31
            the quarter for the next         # 截至一季度末，青禾县入园企业达3636户。园区工业产值增长^9%               # false # false # 2026-01-01..2026-03-31
            after a heading joined by a space # 年末全县常住人口30万人。 二、农 业 上半年全县粮食播种面积1.2万公顷。其中，玉米播种面积^0.6万公顷 # false # false # 2026-01-01..2026-06-30
            """)
    void decides_the_period(String name, String escaped, boolean target, boolean timeless, String expected) {
        String marked = escaped.replace("\\n", "\n");
        int at = marked.indexOf('^');
        String text = marked.replace("^", "");
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), null);
        var site = new PeriodAttribution.Site(doc.layout().sentenceStart(at), doc.layout().clauseStart(at), at, target, timeless, null);
        assertEquals(expected, FigureTexts.period(PERIODS.periodOf(doc, site)));
    }

    /** 总投资 and 面积 are what a named thing is, timeless; a division's total or sown area is dated like any figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a project's total investment  # 总投资       # PROJECT  # true
            a zone's planned area         # 规划面积     # ZONE     # true
            a county's total of projects  # 总投资       # DIVISION # false
            the article's own division    # 总投资       #          # false
            sown area of the division     # 播种面积     #          # false
            any figure of a project       # 营业收入     # PROJECT  # true
            """)
    void what_a_thing_is_is_timeless(String name, String said, String type, boolean expected) {
        Mention m = type == null ? null : Mention.of(EntityType.valueOf(type), "青禾", 0, 0.9);
        var area = new Figure.AreaRef(m, m == null ? "main" : null, Figure.AreaReason.ARTICLE_DEFAULT);
        assertEquals(expected, PERIODS.timeless(said, area, null, Figure.Kind.LEVEL));
    }
}
