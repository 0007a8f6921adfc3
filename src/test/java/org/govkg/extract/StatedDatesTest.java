package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.govkg.ingest.TextLayout;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date a sentence states before a stage word (StatedDates' contract); the article is dated 2024-05-20. */
class StatedDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a month with its year|2023年10月，青川新材料项目签约|2023-10",
            "a day of last year|去年3月16日，白石物流园项目开工|2023-03-16",
            "a month of this year not after the article's|3月，蓝山光伏项目开工|2024-03",
            "a later month without a year is no date|8月，蓝山光伏项目开工|''",
            "a month range is no date|3-5月，蓝山光伏项目开工|''",
            "a day that does not exist is no date|2023年2月30日，蓝山光伏项目开工|''",
            "the last date before the word wins|2023年10月完成备案，2024年1月青川新材料项目签约|2024-01",
            "a date of the sentence before is not this one's|2023年10月完成备案。青川新材料项目签约|''",
            "a semicolon ends a sentence too|2023年10月完成备案；青川新材料项目签约|''",
    })
    void date_before_the_stage_word(String behaviour, String text, String expected) {
        int at = text.lastIndexOf("项目") + 2;
        assertEquals(expected.isEmpty() ? null : expected, StatedDates.before(TextLayout.of(text), at, LocalDate.of(2024, 5, 20)), behaviour);
    }
}
