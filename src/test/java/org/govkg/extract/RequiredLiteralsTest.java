package org.govkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The literals a relation rule's every match contains, by which a text without them is not searched (see RelationRule). */
class RequiredLiteralsTest {
    @Test
    void top_level_words_are_required_and_optional_or_grouped_ones_are_not() {
        assertEquals(List.of("由"), RelationRule.requiredLiterals("(?<s>[\uE000])由(?<o>[\uE001\uE002])(?:出资|投资)"));
        assertEquals(List.of("审议通过"), RelationRule.requiredLiterals("(?:[\uE007])?[^，。；\\n]{0,10}?审议通过(?:了)?"));
        // the character a quantifier follows may be absent: 项目? needs only 项
        assertEquals(List.of("项", "签约"), RelationRule.requiredLiterals("项目?\\d+签约"));
        // a class with its quantifier is skipped, the words either side are still required
        assertEquals(List.of("在", "楼"), RelationRule.requiredLiterals("在[一二]{1,2}楼"));
    }

    @Test
    void a_top_level_alternation_requires_nothing() {
        assertEquals(List.of(), RelationRule.requiredLiterals("投资|承建"));
        assertEquals(List.of("由"), RelationRule.requiredLiterals("由(?:投资|承建)"));
    }

    @Test
    void every_match_of_a_sample_holds_what_is_required() {
        // the analysis must never require what a match can lack: checked against the engine on texts that match
        String[][] cases = {
                {"(?<![与同和])项目(?:已)?开工(?!在即)", "该项目已开工"},
                {"[甲乙]?由[丙丁]{1,3}投资建设的?项目", "由丙丁投资建设项目"},
                {"\\{字面\\}里[^。]{0,4}?完", "{字面}里说完"},
        };
        for (String[] c : cases) {
            var m = Pattern.compile(c[0]).matcher(c[1]);
            assertTrue(m.find(), c[0]);
            for (String word : RelationRule.requiredLiterals(c[0])) assertTrue(m.group().contains(word), c[0] + " requires " + word);
        }
    }

    @Test
    void each_top_level_alternative_requires_its_own_words() {
        assertEquals(List.of(List.of("投资"), List.of("承建")), RelationRule.requiredPerAlternative("投资|承建"));
        // an alternation inside a group or a class is no top-level one
        assertEquals(List.of(List.of("由")), RelationRule.requiredPerAlternative("由(?:投资|承建)[|甲]"));
        assertEquals(List.of(List.of("届", "次"), List.of("届", "中全会")),
                RelationRule.requiredPerAlternative("第?([一二]+)届第?([一二]+)次(?:会议|全会)|([一二]+)届([一二]+)中全会"));
        // an alternative that requires nothing lets every text be searched
        assertTrue(RelationRule.mayHold("无关", RelationRule.requiredPerAlternative("届|[一二]+")));
        assertTrue(!RelationRule.mayHold("无关", RelationRule.requiredPerAlternative("届次|中全会")));
    }

    @Test
    void every_match_of_a_meeting_rule_holds_one_alternatives_words() {
        // the session and congress rules MeetingRecognizer skips a text by: every sample match holds what one of
        // its alternatives requires, so a text without it is rightly not searched
        NamedRules rules = NamedRules.load("/org/govkg/rules/meeting.tsv");
        String[][] cases = {
                {"plenary", "十三届五次全会"}, {"plenary", "第十三届委员会第五次全体（扩大）会议"}, {"plenary", "十三届四中全会"},
                {"congress", "党的二十大"}, {"congress", "中共十九大"},
                {"local-congress", "县第十二次党代会"}, {"local-congress", "第十三届党代表大会第三次会议"},
        };
        for (String[] c : cases) {
            Pattern p = rules.pattern(c[0]);
            var m = p.matcher(c[1]);
            assertTrue(m.find(), c[0] + " finds " + c[1]);
            assertTrue(RelationRule.mayHold(m.group(), RelationRule.requiredPerAlternative(p.pattern())), c[0] + " on " + c[1]);
        }
    }
}
