package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of lexicon/division-words.tsv as the gazetteer honours them (the division names are invented). */
class DivisionWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # full name            | short name | why
            青禾市                  | 青禾        | a level suffix
            青禾新区                | 青禾        | 新区 is tried before 区 (suffix, in file order)
            松川街道                | 松川        | a subdistrict
            云岭朝鲜族自治州         | 云岭        | the people's name goes with the autonomous suffix (ethnic-marker, autonomous-prefix)
            东区                    |            | fewer than two characters would be left
            青禾                    |            | no suffix
            """)
    void short_names(String name, String expected, String why) {
        assertEquals(expected, Gazetteer.shortName(name), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            青禾市 | province   | true
            青禾省 | province   | false
            青禾市 | prefecture | false
            """)
    void a_municipality_is_a_province_level_city(String name, String level, boolean expected) {
        assertEquals(expected, Gazetteer.isMunicipality(new Gazetteer.Division("990000", name, level, "")));
    }
}
