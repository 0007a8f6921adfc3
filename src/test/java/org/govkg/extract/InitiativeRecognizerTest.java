package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Named strategies and campaigns (InitiativeRecognizer) on tokens written by hand: slogans of parallel parts
 * (rules/initiative.tsv part-marks), corner brackets, counted quotes and numbered programmes (numbered).
 */
class InitiativeRecognizerTest {
    private static final InitiativeRecognizer INITIATIVES = new InitiativeRecognizer(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                                                                     | mentions                           | why
            实施/v “/w 工业/n 兴/v 县/n 、/w 农业/n 稳/a 县/n 、/w 旅游/vn 活/v 县/n ”/w 三大/n 战略/n | INITIATIVE:工业兴县、农业稳县、旅游活县 INITIATIVE:三大战略 | a slogan of parallel parts, longer than a plain quote may be; the numbered programme after it
            按照/p “/w 融入/v 青禾/ns 城市圈/n ，/w 争先/v 白鹭/ns 全域/n ”/w 的/u 思路/n     | INITIATIVE:融入青禾城市圈，争先白鹭全域 | parts split by a comma
            铸就/v “/w 山水/n 青城/ns ·/w 美丽/a 白鹭/ns ”/w 新/a 辉煌/a                      | INITIATIVE:山水青城·美丽白鹭          | parts split by a middle dot, with no head after them
            举办/v 「/w 大/a 开放/v 、/w 大/a 工业/n 」/w 大会/n                              | INITIATIVE:大开放、大工业             | corner brackets
            发展/v “/w 四大/n 特色/n ”/w 产业/n                                           | INITIATIVE:四大特色                  | a counted quote before a noun, longer than two characters
            “/w 四上/j ”/w 企业/n                                                       |                                    | a two-character counted quote before a noun is a category
            实施/v 六大/m 战略/n 、/w 提升/v 六条/m 路径/n                                   | INITIATIVE:六大战略 INITIATIVE:六条路径 | numbered programmes
            城乡/n 品质/n 、/w 社会/n 治理/vn 五大/m 攻坚战/n                                 | INITIATIVE:五大攻坚战                | a numbered campaign starts at its count
            “/w 青/a 白/a ”/w 企业/n                                                     |                                    | two one-character parts are no slogan
            """)
    void initiatives(String spec, String expected, String why) {
        var tokens = Toks.of(spec);
        assertEquals(expected == null ? "" : expected, Toks.show(INITIATIVES.recognize(Toks.text(tokens), tokens, List.of())), why);
    }
}
