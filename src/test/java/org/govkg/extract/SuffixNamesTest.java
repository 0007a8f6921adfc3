package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names found by the head they end with (SuffixNames, through NameRecognizer), on tokens written by hand. */
class SuffixNamesTest {
    private static final NameRecognizer NAMES = new NameRecognizer(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                               | mentions                 | why
            青禾/ns 智谷/n 产业园/n                    | ZONE:青禾智谷产业园        | a name and its head
            白鹭/ns 港/n 建设/vn                       | ZONE:白鹭港               | a one-character head that is a word of its own
            白鹭/ns 港/n 城市/n 建设/vn                 |                          | a head never runs on into 城市 (head-vetoing-tail)
            青禾/ns 产业/n 园内/s                       | ZONE:青禾产业园            | a locative glued to the head (head-locative)
            青禾/ns 产业/n 园林/n                       |                          | a head inside a longer word
            年产/v 30/m 万吨/q 饲料/n 项目/n             | PROJECT:年产30万吨饲料项目  | the capacity the name states (capacity-lead)
            南/b 大街/n                               | PLACE:南大街              | a street's head after one character (short-body-head)
            青禾/ns 及/c 白鹭/ns 产业园/n                | ZONE:青禾及白鹭产业园       | 及 joins two nouns inside a name (connector)
            青禾/ns 或/c 白鹭/ns 产业园/n                | ZONE:白鹭产业园            | another conjunction does not
            一大批/m 补链/vn 强链/vn 项目/n               |                          | a bulk count before a class (plural-lead)
            部分/m 企业/n 项目/n                        |                          | a bulk count and a generic word
            外资/n 项目/n                              |                          | an ownership class
            超/v 10亿元/m 项目/n                        |                          | a size class (threshold)
            台资/n 企业/n 青禾/nz 科技/n 有限公司/n       | ENTERPRISE:青禾科技有限公司 | a class noun before a company (appositive)
            企业/n 代表/n 白鹭/nz 科技/n 有限公司/n       | ENTERPRISE:白鹭科技有限公司 | 企业代表 before a company (appositive)
            居/v 全省/n 产业/n 集聚区/n                  |                          | a rank verb and a determiner before a generic word (name-stop)
            区/n 会务中心/n                            | PLACE:区会务中心            | a venue after one level character (short-body-head)
            青禾/ns 宾馆/n                             | PLACE:青禾宾馆              | a hotel is a place
            县/n 工业园/n 新增/v                        | ZONE:县工业园               | the county's own zone by its level character (level-body-head)
            新/a 工业园/n                              |                          | one character that is no level character
            青禾/ns 文化/n 大厦/n                       | PLACE:青禾文化大厦          | so is a tower block
            """)
    void by_suffix(String spec, String expected, String why) {
        var tokens = Toks.of(spec);
        assertEquals(expected == null ? "" : expected, Toks.show(NAMES.bySuffix(Toks.text(tokens), tokens, List.of())), why);
    }
}
