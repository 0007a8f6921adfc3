package org.govkg.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

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

    /**
     * The count that spares most articles the dictionary scan: it clears a text only when the scan would leave it
     * alone, and toSimplified answers as the scan does, cleared or not. The mixed texts hold 2 traditional chars
     * (億, 區: each its own entry) among 38 or 39 simplified Han chars: 2 changed of 40 is the 5% line, converted;
     * 2 of 41 is under it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            simplified text, cleared                 # 萧山区地区生产总值达812.4亿元，增长6.3%。                                  # false # true
            no Han at all, cleared                   # GDP 812.4 (+6.3%)                                                          # false # true
            one traditional char, cleared            # 全区生产总值达812亿元，較上年增长6.3%。                                    # false # true
            traditional text, scanned                # 蕭山區地區生產總值達812.4億元，增長6.3%。                                  # true  # false
            a taiwan word alone, scanned             # 專案                                                                       # true  # false
            a taiwan word in traditional, scanned    # 本次簽約專案12個，總投資達56億元。                                         # true  # false
            a taiwan word in simplified, cleared     # 本次签约的专案十二个中有工业项目七个服务业项目五个总投资达五十六亿元全部开工建设 # false # true
            mixed at the 5% line, scanned            # 今年全市新建学校三所改造道路十二公里完成投资八十億元其中本區占三成新开工项目八个 # true # false
            mixed under the 5% line, cleared         # 今年全市新建学校三所改造道路十二公里完成投资八十億元其中本區占三成新开工项目十八个 # false # true
            """)
    void clears_by_count_only_texts_the_scan_leaves_alone(String name, String text, boolean traditional, boolean cleared) {
        char[] chars = text.strip().toCharArray();
        TraditionalChinese.Simplified scanned = TraditionalChinese.scanned(chars);
        assertEquals(traditional, scanned != null, "the scan's decision");
        assertEquals(cleared, TraditionalChinese.surelySimplified(chars), "the count's decision");
        TraditionalChinese.Simplified read = TraditionalChinese.toSimplified(text.strip());
        if (scanned == null) assertNull(read);
        else {
            assertEquals(scanned.text(), read.text());
            assertArrayEquals(scanned.offsets(), read.offsets());
        }
    }

    /**
     * Every key of the dictionary and every Taiwan word, alone, twice and among simplified chars: whenever the scan
     * converts the text, the count did not clear it (each key has its witness, counted at the key's length).
     */
    @Test
    void never_clears_a_text_the_scan_converts() {
        List<String[]> readings = TraditionalChinese.readings();
        assertNotNull(readings, "HanLP's t2s trie holds the entries of its t2s.txt");
        int converted = 0;
        for (String[] r : readings) {
            String key = r[0];
            for (String text : List.of(key, key + key, key + "的" + key, "全市" + key + "增长" + key + "。")) {
                char[] chars = text.toCharArray();
                if (TraditionalChinese.scanned(chars) == null) continue;
                converted++;
                if (TraditionalChinese.surelySimplified(chars)) fail("cleared a text the scan converts: key " + key + " in " + text);
            }
        }
        // most keys change what they match: the loop above checked the count on thousands of converted texts
        assertFalse(converted < readings.size(), "converted texts: " + converted);
    }

    /** The Han test skips its lookup below U+2E80: no char there is of the Han script. */
    @Test
    void no_char_below_the_cjk_radicals_is_han() {
        for (char c = 0; c < '\u2E80'; c++)
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) fail("U+" + Integer.toHexString(c) + " is Han");
    }
}
