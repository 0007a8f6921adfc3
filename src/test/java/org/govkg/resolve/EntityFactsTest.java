package org.govkg.resolve;

import org.govkg.extract.DivisionLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts gathered from several mentions of one thing: the first value given stays (EntityFacts.orElse's contract). */
class EntityFactsTest {
    @Test
    void a_fact_keeps_the_first_value_given() {
        EntityFacts first = EntityFacts.NONE.withTermAndSession(13, 5).withOrganizer("organization/a");
        EntityFacts later = EntityFacts.NONE.withTermAndSession(14, 2).withOrganizer("organization/b").withDate(LocalDate.of(2026, 3, 9));
        EntityFacts merged = first.orElse(later);
        assertEquals(13, merged.term());
        assertEquals(5, merged.session());
        assertEquals("organization/a", merged.organizer());
        assertEquals(LocalDate.of(2026, 3, 9), merged.date(), "a fact the first lacks comes from the later");
    }

    @Test
    void empty_candidates_are_no_candidates_and_implied_stays() {
        EntityFacts ambiguous = EntityFacts.NONE.withCandidates(List.of("990101", "990102"));
        assertEquals(List.of("990101", "990102"), EntityFacts.NONE.orElse(ambiguous).candidates());
        assertEquals(List.of("990101", "990102"), ambiguous.orElse(EntityFacts.NONE.withCandidates(List.of("990103"))).candidates());
        assertTrue(EntityFacts.NONE.withImplied(true).orElse(EntityFacts.NONE).implied());
        assertTrue(EntityFacts.NONE.orElse(EntityFacts.NONE.withImplied(true)).implied());
    }

    @Test
    void a_division_of_the_gazetteer_has_code_level_and_parent() {
        EntityFacts d = EntityFacts.NONE.withDivision("990101", DivisionLevel.COUNTY, "division/990100");
        assertEquals(List.of("990101", "COUNTY", "division/990100"), List.of(d.code(), d.level().name(), d.partOf()));
    }
}
