package org.govkg.extract;

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
}
