package org.govkg.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Traditional text read in simplified characters (sentences written for this test), each char mapped back. */
class TraditionalChineseTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            characters                 # 蕭山區地區生產總值達812.4億元，增長6.3%。       # 萧山区地区生产总值达812.4亿元，增长6.3%。
            a taiwan word              # 本次簽約專案12個，總投資達56億元。             # 本次签约项目12个，总投资达56亿元。
            """)
    void reads_traditional_text_in_simplified_characters(String name, String traditional, String simplified) {
        TraditionalChinese.Simplified s = TraditionalChinese.toSimplified(traditional.strip());
        assertEquals(simplified.strip(), s.text());
        // every char stands for the char of the traditional text at the same place (the words keep their length)
        for (int i = 0; i < s.text().length(); i++) assertEquals(i, s.offsets()[i]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            simplified text            # 萧山区地区生产总值达812.4亿元，增长6.3%。
            """)
    void leaves_simplified_text_alone(String name, String text) {
        assertNull(TraditionalChinese.toSimplified(text.strip()));
    }
}
