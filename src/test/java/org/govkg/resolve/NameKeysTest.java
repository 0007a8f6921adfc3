package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name that tells a thing apart within its division (NameKeys' contract), in an article about 青川市白石区. */
class NameKeysTest {
    private static final List<String> DIVISIONS = List.of("青川市", "白石区");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the division names in front go|PROJECT|青川市白石区新材料产业园项目|新材料产业园",
            "a tail goes when three characters are left|PROJECT|蓝山物流园项目|蓝山物流园",
            "a tail stays when fewer would be left|PROJECT|白石区一期项目|一期项目",
            "a division name stays when fewer would be left|ZONE|白石区园区|白石区园区",
            "quotes and spaces do not count|INITIATIVE|“三城联创” 行动|三城联创",
            "a person's name is kept whole|PERSON|白石区项目|白石区项目",
    })
    void name_key(String behaviour, EntityType type, String name, String expected) {
        assertEquals(expected, NameKeys.of(Mention.of(type, name, 0, 0.9), DIVISIONS), behaviour);
    }

    @Test
    void division_names_are_the_documents_longest_first() {
        List<Mention> mentions = List.of(Mention.of(EntityType.DIVISION, "白石", 0, 0.9).withName("白石区"),
                Mention.of(EntityType.DIVISION, "青川市", 5, 0.9), Mention.of(EntityType.PROJECT, "蓝山项目", 9, 0.9));
        assertEquals(List.of("白石区", "青川市", "白石"), NameKeys.divisionNames(mentions));
    }

    @Test
    void a_project_reading_outweighs_an_earlier_one_and_otherwise_the_first_wins() {
        List<Mention> mentions = List.of(
                Mention.of(EntityType.ENTERPRISE, "蓝山检测基地", 0, 0.9), Mention.of(EntityType.PROJECT, "蓝山检测基地项目", 10, 0.9),
                Mention.of(EntityType.ZONE, "白石物流园", 20, 0.9), Mention.of(EntityType.PLACE, "白石物流园", 30, 0.9),
                Mention.of(EntityType.PERSON, "王明远", 40, 0.9));
        assertEquals(Map.of("蓝山检测基地", EntityType.PROJECT, "白石物流园", EntityType.ZONE), NameKeys.typeByName(mentions, List.of()));
    }
}
