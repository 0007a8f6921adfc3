package org.govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a name found by its head starts (NameFront): trimming, leading verbs, a capacity lead, an event's period. */
class NameFrontTest {
    private static final NameFront FRONT = new NameFront(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text (the head at the end)     | head  | start | why
            建成1000平方米青禾服务中心          | 中心   | 9     | a stop verb and a quantity in front are cut (quantity)
            全区青禾产业园                     | 产业园 | 2     | a determiner is cut
            南大街                            | 大街   | 0     | a street's head may follow one character (short-body-head)
            南园区                            | 园区   | -1    | another head may not
            """)
    void trim_start(String text, String head, int expected, String why) {
        assertEquals(expected, FRONT.trimStart(text, 0, text.lastIndexOf(head), List.of()), why);
    }

    @Test
    void a_division_named_in_full_is_cut_from_the_front() {
        Mention county = Mention.of(EntityType.DIVISION, "青禾县", 0, 1.0);
        assertEquals(3, FRONT.trimStart("青禾县白鹭产业园", 0, 5, List.of(county)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                  | start | lead | why
            年产30万吨饲料项目         | 2     | 2    | a capacity lead before its number (capacity-lead)
            日处理500吨污水项目        | 3     | 0    | not a lead the file lists
            年产饲料项目              | 2     | 0    | a lead is followed by a number
            """)
    void capacity_lead(String text, int start, int expected, String why) {
        assertEquals(expected, FRONT.capacityLead(text, start), why);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                     | start | expected | why
            2031年上半年青禾发布会        | 8     | 0        | a year and a half year name the event (event-period)
            去年全年青禾发布会            | 4     | 2        | a whole year, not the word before it
            今天青禾发布会               | 2     | 2        | no period
            """)
    void period_before(String text, int start, int expected, String why) {
        assertEquals(expected, FRONT.periodBefore(text, start), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                         | start after
            加快/v 建设/v 青禾/ns 产业园/n       | 4
            是/vshi 青禾/ns 产业园/n            | 1
            建/v 青禾/ns 产业园/n               | 0
            """)
    void leading_verbs_of_two_characters_or_shi_are_skipped(String spec, int expected) {
        var tokens = Toks.of(spec);
        String text = Toks.text(tokens);
        assertEquals(expected, NameFront.skipLeadingVerbs(tokens, 0, text.length() - 3));
    }
}
