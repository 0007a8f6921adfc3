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
            "2023年1-6月|2023-01-01|2023-06-30"}, delimiter = '|')
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
    @CsvSource({"与去年同期相比", "比上年同期", "8月2日上午"})
    void a_comparison_basis_or_a_day_is_no_period(String text) {
        assertEquals(List.of(), new PeriodResolver(LocalDate.of(2023, 8, 2)).findAll(text));
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
