package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseNumbersTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "427.8, 427.8", "'1,234', 1234", "十二, 12", "十, 10", "两千, 2000", "一百二十三, 123",
            "三万五千, 35000", "二十, 20", "十三, 13", "两, 2", "一千零五, 1005", "五百, 500",
            "一百二十六, 126", "百, 100", "千, 1000", "万, 10000"})
    void parses_arabic_and_chinese_numerals(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumbers.parse(text)));
    }
}
