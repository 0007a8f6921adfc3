package org.govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closed sets between stages: division levels, figure units and kinds, as the data files and the ontology name them. */
class TypedTermsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # gazetteer word | level      | gk: local name
            province         | PROVINCE   | Province
            prefecture       | PREFECTURE | Prefecture
            county           | COUNTY     | County
            township         | TOWNSHIP   | Township
            """)
    void a_gazetteer_word_names_a_level_and_its_gk_term(String word, DivisionLevel level, String localName) {
        assertEquals(level, DivisionLevel.of(word));
        assertEquals(word, level.id());
        assertEquals(localName, level.localName());
    }

    @Test
    void a_word_for_no_level_fails_naming_it() {
        var e = assertThrows(IllegalArgumentException.class, () -> DivisionLevel.of("town"));
        assertTrue(e.getMessage().contains("town"), e.getMessage());
    }

    @Test
    void every_unit_of_the_unit_rules_is_a_figure_unit() {
        List<String> unknown = new ArrayList<>();
        for (String[] r : Tsv.load("/org/govkg/rules/units.tsv", 3)) {
            try {
                assertEquals(r[1], Figure.Unit.of(r[1]).localName());
            } catch (IllegalArgumentException e) {
                unknown.add(r[0] + " → " + r[1]);
            }
        }
        assertEquals(List.of(), unknown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # gk: local name | unit
            CNY              | CNY
            Percent          | PERCENT
            PercentagePoint  | PERCENTAGE_POINT
            SquareKilometre  | SQUARE_KILOMETRE
            PersonTime       | PERSON_TIME
            Count            | COUNT
            Rank             | RANK
            """)
    void a_unit_is_found_by_its_gk_local_name(String localName, Figure.Unit unit) {
        assertEquals(unit, Figure.Unit.of(localName));
        assertEquals(localName, unit.localName());
    }

    @Test
    void a_unit_no_rule_knows_fails_naming_it() {
        var e = assertThrows(IllegalArgumentException.class, () -> Figure.Unit.of("Furlong"));
        assertTrue(e.getMessage().contains("gk:Furlong"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind | gk: local name
            LEVEL  | Level
            GROWTH | Growth
            TARGET | Target
            RANK   | Rank
            SHARE  | Share
            """)
    void a_kind_is_mapped_to_its_gk_term(Figure.Kind kind, String localName) {
        assertEquals(localName, kind.localName());
    }
}
