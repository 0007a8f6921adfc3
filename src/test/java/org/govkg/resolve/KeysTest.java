package org.govkg.resolve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names compared without spaces, quotes, brackets and middle dots (names written for this test). */
class KeysTest {
    /** The character class normalize was written as; the set of bits must drop exactly its chars. */
    private static final Pattern CLASS = Pattern.compile("[\\s\"'“”‘’「」『』《》〈〉·•・()（）\\[\\]【】]");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a plain name keeps every char            # 东城区人民政府             # 东城区人民政府
            spaces and a tab                         # 东城区 人民\t 政府          # 东城区人民政府
            book title marks                         # 《东城区发展规划》         # 东城区发展规划
            a middle dot in a foreign name           # 约翰·史密斯                # 约翰史密斯
            brackets of both widths                  # 东城（集团）有限公司(东城)  # 东城集团有限公司东城
            quotes of every kind                     # “东城”‘西城’「南城」『北城』 # 东城西城南城北城
            only dropped chars                       # 【】[]〈〉                  # ''
            """)
    void normalizes_names(String name, String written, String normalized) {
        String text = written.replace("\\t", "\t");
        assertEquals(normalized, Keys.normalize(text));
        assertEquals(CLASS.matcher(text).replaceAll(""), Keys.normalize(text));
    }

    /** Every char, alone and between two kept ones: dropped exactly when the class matches it. */
    @Test
    void drops_exactly_the_chars_of_the_class() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String alone = String.valueOf((char) c), between = "东" + (char) c + "城";
            assertEquals(CLASS.matcher(alone).replaceAll(""), Keys.normalize(alone), "U+" + Integer.toHexString(c));
            assertEquals(CLASS.matcher(between).replaceAll(""), Keys.normalize(between), "U+" + Integer.toHexString(c));
        }
    }
}
