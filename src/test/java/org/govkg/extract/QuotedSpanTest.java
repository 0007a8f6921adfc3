package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where quotes open and close: every opening mark with the first closing mark after it. */
class QuotedSpanTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                | spans (open-close)
            甲“乙”丙“丁戊”          | 1-3 5-8
            “甲“乙”                | 0-4 2-4
            “甲                    |
            “甲”“乙                | 0-2
            无引号                  |
            """)
    void spans(String text, String expected) {
        assertEquals(expected == null ? "" : expected, QuotedSpan.in(text).stream().map(q -> q.open() + "-" + q.close()).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                | spans (open-close)
            甲「乙」丙“丁戊”          | 1-3 5-8
            “甲”「乙丙」             | 0-2 3-6
            「甲                    |
            """)
    void spans_with_corner_brackets(String text, String expected) {
        assertEquals(expected == null ? "" : expected, QuotedSpan.withCorners(text).stream().map(q -> q.open() + "-" + q.close()).collect(Collectors.joining(" ")));
    }
}
