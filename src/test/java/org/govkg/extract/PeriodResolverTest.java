package org.govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodResolverTest {
    /** Article dated 2023-08-02; expected "start..end" with empty for a missing date. */
    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(value = {
            "上半年地区生产总值|2023-01-01|2023-06-30",
            "1-5月，全区|2023-01-01|2023-05-31",
            "1至5月份|2023-01-01|2023-05-31",
            "一季度|2023-01-01|2023-03-31",
            "前三季度|2023-01-01|2023-09-30",
            "2022年前三季度|2022-01-01|2022-09-30",
            "年初以来|2023-01-01|2023-08-02",
            "今年以来|2023-01-01|2023-08-02",
            "截至6月底|''|2023-06-30",
            "截至2022年12月底|''|2022-12-31",
            "2022年全区|2022-01-01|2022-12-31",
            "2023年全区|2023-01-01|2023-08-02",
            "全年|2023-01-01|2023-12-31",
            "去年|2022-01-01|2022-12-31",
            "“十四五”期间|2021-01-01|2025-12-31",
            "“十四五”以来|2021-01-01|2023-08-02",
            "2022年全年|2022-01-01|2022-12-31",
            "2022年上半年|2022-01-01|2022-06-30",
            "去年上半年|2022-01-01|2022-06-30",
            "截至2023年6月30日|''|2023-06-30",
            "1-5月份|2023-01-01|2023-05-31",
            "年末全区常住人口|''|2023-12-31",
            "年底|''|2023-12-31",
            "明年|2024-01-01|2024-12-31",
            "明年上半年|2024-01-01|2024-06-30",
            "2023年1-6月|2023-01-01|2023-06-30",
            "元至7月，全县|2023-01-01|2023-07-31",
            "元月至7月|2023-01-01|2023-07-31",
            "1月至7月|2023-01-01|2023-07-31",
            "截至一季度末|''|2023-03-31",
            "截至去年上半年末|''|2022-06-30",
            "到2025年|''|2025-12-31",
            "到2025年底|''|2025-12-31",
            "过去五年|2018-01-01|2022-12-31",
            "过去三年|2020-01-01|2022-12-31"}, delimiter = '|')
    void resolves_the_periods_of_the_genre(String text, String start, String end) {
        List<PeriodResolver.Found> f = new PeriodResolver(LocalDate.of(2023, 8, 2)).findAll(text);
        assertEquals(1, f.size(), () -> "found " + f);
        Period p = f.get(0).period();
        assertEquals(start, p.start() == null ? "" : p.start().toString());
        assertEquals(end, p.end() == null ? "" : p.end().toString());
    }

    @ParameterizedTest
    @CsvSource({"上半年", "截至6月底", "去年"})
    void without_a_date_a_period_keeps_only_its_label(String text) {
        Period p = new PeriodResolver(null).findAll(text).get(0).period();
        assertEquals(null, p.start());
        assertEquals(null, p.end());
        assertEquals(text, p.label());
    }

    @ParameterizedTest
    @CsvSource({"与去年同期相比", "比上年同期", "8月2日上午", "8月1日，记者从青禾县统计局获悉"})
    void a_comparison_basis_or_a_day_is_no_period(String text) {
        assertEquals(List.of(), new PeriodResolver(LocalDate.of(2023, 8, 2)).findAll(text));
    }

    /** 比上年增长, 较2010年: the basis of a comparison is found (an indicator does not take it in) but dates nothing. */
    @ParameterizedTest
    @CsvSource({"比上年增长5%", "与去年持平", "较2010年翻一番"})
    void a_comparisons_basis_is_no_period_of_what_is_said(String text) {
        List<PeriodResolver.Found> f = new PeriodResolver(LocalDate.of(2023, 8, 2)).findAll(text);
        assertEquals(1, f.size(), () -> "found " + f);
        assertEquals(PeriodResolver.Found.Use.BASIS, f.get(0).use());
    }

    /** The day of an event the article reports: a day opening its sentence (or after 于) that says the event was held. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a day and month      # 2023-12-27 # 12月22日，青禾县秋季项目签约仪式在县政务中心举行。           # 2023-12-22
            a bare day           # 2011-02-20 # 20日，白鹭市人大会议在市会堂拉开帷幕。                 # 2011-02-20
            yesterday            # 2016-01-08 # 昨日，松川市政协全体会议在市会堂开幕。                 # 2016-01-07
            after yu             # 2024-09-07 # 青禾区委第十一届委员会第五次全体会议，于2024年9月6日召开。           # 2024-09-06
            last month's day     # 2023-03-02 # 28日，青禾县举行重点项目集中开工仪式。                                # 2023-02-28
            last year's december # 2024-01-05 # 12月29日，青禾县召开经济工作会议。                                    # 2023-12-29
            """)
    void finds_the_day_of_an_event(String name, String date, String text, String expected) {
        List<PeriodResolver.Found> f = new PeriodResolver(LocalDate.parse(date)).findAll(text).stream().filter(PeriodResolver.Found::event).toList();
        assertEquals(1, f.size(), () -> "found " + f);
        assertEquals(expected + ".." + expected, f.get(0).period().start() + ".." + f.get(0).period().end());
    }

    /** An article of the last days of December sums up its year: the year's results are the whole year. */
    @Test
    void a_late_december_article_speaks_of_the_whole_year() {
        Period p = new PeriodResolver(LocalDate.of(2023, 12, 26)).findAll("2023年，全区经济稳中向好").get(0).period();
        assertEquals("2023-01-01..2023-12-31", p.start() + ".." + p.end());
        Period sofar = new PeriodResolver(LocalDate.of(2023, 12, 26)).findAll("今年以来，全区经济稳中向好").get(0).period();
        assertEquals("2023-01-01..2023-12-26", sofar.start() + ".." + sofar.end());
        Period november = new PeriodResolver(LocalDate.of(2023, 11, 20)).findAll("2023年，全区经济稳中向好").get(0).period();
        assertEquals("2023-01-01..2023-11-20", november.start() + ".." + november.end());
    }

    /** An undated bulletin whose headline names its year reports on that year, whatever year its text names last. */
    @Test
    void an_undated_bulletin_speaks_of_its_headlines_year() {
        PeriodResolver r = new PeriodResolver(null, new ArticleYear(2031, ArticleYear.Source.HEADLINE));
        Period p = r.findAll("扭转了2030年第四季度以来增速放缓的局面。全年全县生产总值82.4亿元").stream()
                .filter(f -> f.period().label().equals("全年")).findFirst().orElseThrow().period();
        assertEquals("2031-01-01..2031-12-31", p.start() + ".." + p.end());
    }

    /** A 统计公报 or 政府工作报告 dated early in 2024 reports on 2023: its bare 全年 and 年末 are the year its text names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "2023年榆次区国民经济和社会发展统计公报。全年全区地区生产总值427.8亿元 # 2023-01-01 # 2023-12-31",
            "2023年榆次区国民经济和社会发展统计公报。年末全区常住人口66.85万人 #  # 2023-12-31",
            "全年全区地区生产总值427.8亿元 # 2024-01-01 # 2024-12-31"})
    void an_early_year_report_speaks_of_the_year_it_names(String text, String start, String end) {
        PeriodResolver r = new PeriodResolver(LocalDate.of(2024, 3, 20));
        Period p = r.findAll(text).stream().filter(f -> f.period().label().contains("全年") || f.period().label().contains("年末")).findFirst().orElseThrow().period();
        assertEquals(start == null ? "" : start, p.start() == null ? "" : p.start().toString());
        assertEquals(end, p.end().toString());
    }

    @Test
    void a_mid_year_article_keeps_its_own_year_for_the_whole_year() {
        PeriodResolver r = new PeriodResolver(LocalDate.of(2024, 7, 20));
        Period p = r.findAll("2023年，全区经济稳中向好。力争全年地区生产总值增长6%").stream().filter(f -> f.period().label().equals("全年")).findFirst().orElseThrow().period();
        assertEquals("2024-12-31", p.end().toString());
    }
}
