package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The words of lexicon/org-words.tsv, level-characters.tsv and level-word-tails.tsv as OrgRecognizer and
 * PostRecognizer honour them. The division 青禾市 is invented; its mention is written by hand.
 */
class OrgWordsTest {
    private static final Lexicons LEX = new Lexicons();
    private static final OrgRecognizer ORGS = new OrgRecognizer(LEX);

    private static Mention division(String name, int start, String level) {
        return new Mention(EntityType.DIVISION, name, name, start, start + name.length(), 1.0,
                new MentionFacts.Division("990101", DivisionLevel.of(level), false, List.of()), false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                                   | division at 0 | organisations (surface/level or division) | why
            区委/n 召开/v 会议/n                          |               | 区委/county                  | a level word and a body (level-characters)
            市政府/n 发布/v                               |               | 市政府/prefecture            | another level
            景区/n 政府/n                                 |               |                            | 景区 ends another word (level-word-tails)
            全区/n 政府/n                                 |               |                            | 全 before the level character (not-before-level)
            区委员/n                                     |               |                            | 委员 is no committee (not-committee-after)
            中共/j 青禾市/ns 委/n                          | 中共青禾市      | 中共青禾市委/990101           | the party's prefix (party-prefix)
            青禾市/ns 投资/vn 促进/v 局/n                   | 青禾市         | 青禾市投资促进局/990101        | a department (department-head)
            青禾市/ns 工业/n 和/c 信息化/vn 局/n             | 青禾市         | 青禾市工业和信息化局/990101     | its one conjunction (department-conjunction)
            青禾市/ns 工业/n 或/c 信息化/vn 局/n             | 青禾市         |                            | another conjunction
            青禾市/ns 第二届/n 委员会/n                      | 青禾市         |                            | a term is no department (department-veto)
            中共中央/nt 委员会/n                           |               |                            | part of a longer name (not-party-centre-tail)
            中共中央/nt 部署/v                             |               | 中共中央/national             | the national body
            自治区/n 党委/n 部署/v                          |               | 自治区党委/province           | an autonomous region's committee (autonomous-level)
            州委/n 常委/n                                  |               | 州委/prefecture              | a prefecture's level character
            县委办/n 主任/n                                |               | 县委办/county                | the committee's office (bodies)
            省/n 公安厅/n 处长/n                           |               | 省公安厅/province            | a provincial department (bodies)
            国家/n 科技部/n 复审/v                          |               | 科技部/national              | a ministry's short name (national-bodies)
            区/n 科技/n 部门/n                             |               |                            | 科技部门 is no ministry (not-national-tail)
            """)
    void organisations(String spec, String division, String expected, String why) {
        var tokens = Toks.of(spec);
        String text = Toks.text(tokens);
        List<Mention> divisions = division == null ? List.of() : List.of(division(division.replace("中共", ""), division.startsWith("中共") ? 2 : 0, "prefecture"));
        String got = ORGS.recognize(text, tokens, divisions).stream()
                .map(m -> m.surface() + "/" + (m.body().levelRef() != null ? m.body().levelRef().id() : m.body().divisionCode() != null ? m.body().divisionCode() : m.body().kind()))
                .collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got, why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                  | post (title@body) | why
            白鹭镇党委书记李明远       | 书记@白鹭镇党委     | a township's body (township-body)
            白鹭镇人民政府镇长李明远    | 镇长@白鹭镇人民政府  | another
            白鹭镇团委书记李明远       |                   | not a body the file lists
            """)
    void township_posts(String text, String expected, String why) {
        Mention town = division("白鹭镇", 0, "township");
        Mention person = Mention.of(EntityType.PERSON, "李明远", text.indexOf("李明远"), 1.0);
        String got = new PostRecognizer(ORGS, LEX).recognize(text, List.of(town, person)).stream()
                .map(r -> r.value() + "@" + r.object().name()).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got, why);
    }
}
