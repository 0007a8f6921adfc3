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
            的/ude1 泊/v 川/b 智能/n 装备/n 产业园/n       | ZONE:泊川智能装备产业园      | two single characters before a name: a word the segmenter did not know (unknown-word run)
            打造/v 岚/ng 开/v 新材料/n 产业园/n           | ZONE:岚开新材料产业园        | whatever their parts of speech
            白鹭/ns 临/v 湖/n 产业园/n                  | ZONE:白鹭临湖产业园          | one character before a name that opens with one, and the walk goes on before it
            推进/v 临/v 江/n 产业园/n                   | ZONE:临江产业园              | the walk stops where it stopped before the run
            的/ude1 越/d 新材料/n 产业园/n               | ZONE:新材料产业园            | one character alone before a word stays out
            在/p 建/v 产业园/n                          |                          | a verb before a head is no name
            的/ude1 新/a 建/v 产业园/n                   |                          | a run of no noun is no name's front (has-noun)
            位于/v 对/p 岸/n 新材料/n 产业园/n            | ZONE:岸新材料产业园            | a function word's character ends the run
            """)
    void by_suffix(String spec, String expected, String why) {
        var tokens = Toks.of(spec);
        assertEquals(expected == null ? "" : expected, Toks.show(NAMES.bySuffix(Toks.text(tokens), tokens, List.of())), why);
    }

    /** A walk that stops inside a division's name (its first character read as a preposition) takes the division in. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                        | division | mentions                      | why
            ，/w 于/p 溪/ng 镇/n 蔬菜/n 基地/n  | 于溪镇    | ZONE:于溪镇蔬菜基地=蔬菜基地      | the town is the name's front, and off its name as the front of any name is
            ，/w 于/p 溪/ng 镇/n 蔬菜/n 基地/n  | 溪镇      | ZONE:溪镇蔬菜基地=蔬菜基地        | a division the walk reached whole is as before
            """)
    void a_walk_stopped_inside_a_division(String spec, String division, String expected, String why) {
        var tokens = Toks.of(spec);
        String text = Toks.text(tokens);
        Mention d = Mention.of(EntityType.DIVISION, division, text.indexOf(division), 0.9);
        assertEquals(expected, Toks.show(NAMES.bySuffix(text, tokens, List.of(d))), why);
    }
}
