package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.DivisionLevel;
import org.govkg.extract.Mention;
import org.govkg.extract.MentionFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which division a body or an area word belongs to (Jurisdictions' contract), against the bundled gazetteer. */
class JurisdictionsTest {
    private static final Jurisdictions J = new Jurisdictions(Gazetteer.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a district's city|220104|prefecture|220100",
            "a district's province|220104|province|220000",
            "a county-level city is its own 全市|320581|prefecture|320581",
            "a municipality's district: the municipality|110105|prefecture|110000",
            "no such level in the chain|220104|town|''",
    })
    void at_level(String behaviour, String main, String level, String expected) {
        assertEquals(expected.isEmpty() ? null : expected, J.atLevel(main, level), behaviour);
    }

    @Test
    void a_body_belongs_to_its_written_division_else_to_its_level_word() {
        Mention written = Mention.of(EntityType.ORGANIZATION, "区委", 0, 0.9).withFacts(new MentionFacts.Body(null, null, "110105", null, false));
        Mention level = Mention.of(EntityType.ORGANIZATION, "市政府", 0, 0.9).withFacts(new MentionFacts.Body(null, null, null, DivisionLevel.PREFECTURE, false));
        Mention none = Mention.of(EntityType.ORGANIZATION, "青川商会", 0, 0.9);
        assertEquals("110105", J.jurisdictionOf(written, "220104"));
        assertEquals("220100", J.jurisdictionOf(level, "220104"));
        assertEquals(null, J.jurisdictionOf(level, null));
        assertEquals(null, J.jurisdictionOf(none, "220104"));
    }

    @Test
    void a_canonical_form_is_filled_for_the_jurisdiction() {
        Mention templated = Mention.of(EntityType.ORGANIZATION, "区委", 0, 0.9).withFacts(new MentionFacts.Body(null, "中共{div}委", null, null, false));
        Mention fixed = Mention.of(EntityType.ORGANIZATION, "省委", 0, 0.9).withFacts(new MentionFacts.Body(null, "中共吉林省委", null, null, false));
        assertEquals("中共长春市朝阳区委", J.bodyName(templated, "220104"));
        assertEquals("区委", J.bodyName(templated, null));
        assertEquals("中共吉林省委", J.bodyName(fixed, null));
    }

    @Test
    void a_plenary_without_a_written_organizer_is_the_county_party_committees() {
        Mention plenary = Mention.of(EntityType.MEETING, "十三届五次全会", 0, 0.9)
                .withFacts(new MentionFacts.Meeting(13, 5, null, null, null, null, DivisionLevel.COUNTY, null, null));
        assertEquals(Jurisdictions.organizationKey("中共长春市朝阳区委", "220104"), J.organizerKey(plenary, List.of(), new HashMap<>(), "220104"));
        assertEquals(null, J.organizerKey(plenary, List.of(), new HashMap<>(), null));
        Mention named = Mention.of(EntityType.MEETING, "十九届四中全会", 0, 0.9)
                .withFacts(new MentionFacts.Meeting(19, 4, null, null, null, "中共中央", null, null, null));
        assertEquals(Keys.of(EntityType.ORGANIZATION, "中共中央", ""), J.organizerKey(named, List.of(), new HashMap<>(), "220104"));
    }
}
