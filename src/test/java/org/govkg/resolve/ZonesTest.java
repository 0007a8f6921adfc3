package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.ingest.TextLayout;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The park a sentence puts a project in (Zones' contract). */
class ZonesTest {
    private static final String TEXT = "青川智造产业园加快扩容，蓝山电驱系统项目主体结顶；白石光伏项目在园区开工。"
            + "青川智造产业园二期项目和丁湾物流项目稳步推进。石门仓储项目完成备案。青川智造产业园举行签约仪式";
    private static final Mention PARK = at(EntityType.ZONE, "青川智造产业园", 0);
    private static final Mention DRIVE = at(EntityType.PROJECT, "蓝山电驱系统项目", 0);
    private static final Mention SOLAR = at(EntityType.PROJECT, "白石光伏项目", 0);
    private static final Mention PHASE = at(EntityType.PROJECT, "青川智造产业园二期项目", 0);
    private static final Mention PARK_IN_PHASE = at(EntityType.ZONE, "青川智造产业园", PHASE.start());
    private static final Mention DEPOT = at(EntityType.PROJECT, "丁湾物流项目", 0);
    private static final Mention STORE = at(EntityType.PROJECT, "石门仓储项目", 0);
    private static final Mention PARK_AGAIN = at(EntityType.ZONE, "青川智造产业园", STORE.end());

    private static Mention at(EntityType type, String name, int from) {
        return Mention.of(type, name, TEXT.indexOf(name, from), 0.9);
    }

    private final Zones zones = new Zones(List.of(PARK, DRIVE, SOLAR, PARK_IN_PHASE, PHASE, DEPOT, STORE, PARK_AGAIN), TextLayout.of(TEXT), List.of());

    @Test
    void a_park_named_earlier_in_the_sentence() {
        assertSame(PARK, zones.zoneOf(DRIVE));
    }

    @Test
    void the_word_for_the_park_means_the_park_named_most() {
        // ；ends a sentence: the park of the sentence before is not named in this one
        assertSame(PARK, zones.zoneOf(SOLAR));
    }

    @Test
    void a_park_inside_a_longer_name_is_not_one_the_sentence_speaks_of() {
        assertNull(zones.zoneOf(DEPOT));
    }

    @Test
    void no_park_named_and_no_word_for_one() {
        assertNull(zones.zoneOf(STORE));
    }

    @Test
    void the_evidence_is_the_sentence() {
        int s = TEXT.indexOf("白石"), e = TEXT.indexOf("。");
        assertArrayEquals(new int[]{s, e}, zones.evidence(SOLAR));
    }
}
