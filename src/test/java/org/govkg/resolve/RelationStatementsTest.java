package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text's relations as statements between resolved things (RelationStatements' contract). */
class RelationStatementsTest {
    private static final Jurisdictions J = new Jurisdictions(Gazetteer.load());
    private final Map<String, EntityBuilder> byKey = new TreeMap<>();
    private final Map<Mention, String> keyOf = new HashMap<>();
    private final Mention plenary = thing("meeting/a", EntityType.MEETING, "十三届五次全会", EntityFacts.NONE.withTermAndSession(null, 5));
    private final Mention project = thing("project/a", EntityType.PROJECT, "青川储能电池项目");
    private final Mention maker = thing("enterprise/a", EntityType.ENTERPRISE, "蓝山科技有限公司");
    private final Mention builder = thing("enterprise/b", EntityType.ENTERPRISE, "白石建设有限公司");
    private final Mention person = thing("person/a", EntityType.PERSON, "王明远");

    private Mention thing(String key, EntityType type, String name) {
        return thing(key, type, name, EntityFacts.NONE);
    }

    private Mention thing(String key, EntityType type, String name, EntityFacts facts) {
        Mention m = Mention.of(type, name, byKey.size() * 20, 0.9);
        EntityBuilder b = new EntityBuilder();
        b.type = type;
        b.pref = name;
        b.mentions.add(m);
        b.facts = facts;
        byKey.put(key, b);
        keyOf.put(m, key);
        return m;
    }

    private List<String> statements(Relation... relations) {
        SortedMap<String, String> documents = new TreeMap<>();
        List<String> out = new ArrayList<>();
        for (Statement s : new RelationStatements(J, keyOf, byKey, "220104").of(List.of(relations), documents))
            out.add(s.kind() + " " + documents.getOrDefault(s.subjectKey(), s.subjectKey()) + " " + (s.objectKey() == null ? s.value() : documents.getOrDefault(s.objectKey(), s.objectKey())));
        return out;
    }

    @Test
    void a_report_without_its_meeting_is_the_main_meetings_and_delivered_is_the_one_it_heard() {
        assertEquals(List.of("heard meeting/a 区委常委会工作报告", "deliveredBy 区委常委会工作报告 person/a"),
                statements(new Relation("delivered", person, null, "工作报告", null, 30, 40, 0.8),
                        new Relation("heard", null, null, "区委常委会工作报告", null, 0, 20, 0.85)));
    }

    @Test
    void a_weak_investor_gives_way_to_a_stated_one() {
        assertEquals(List.of("investor project/a enterprise/b"),
                statements(new Relation("investor", project, maker, null, null, 0, 10, 0.7),
                        new Relation("investor", project, builder, null, null, 20, 30, 0.85)));
    }

    @Test
    void relations_need_things_of_their_types() {
        assertEquals(List.of(), statements(new Relation("investor", maker, builder, null, null, 0, 10, 0.85),
                new Relation("stage", maker, null, "Signed", null, 0, 10, 0.8),
                new Relation("post", project, maker, "董事长", null, 0, 10, 0.8)));
        assertEquals(List.of("stage project/a Signed"), statements(new Relation("stage", project, null, "Signed", "2024-03", 0, 10, 0.8)));
    }

    @Test
    void a_stated_location_replaces_the_assumed_one() {
        Mention park = thing("zone/a", EntityType.ZONE, "白石产业园");
        byKey.get("project/a").facts = EntityFacts.NONE.withLocatedIn("division/220104");
        assertEquals(List.of("locatedIn project/a zone/a"), statements(new Relation("locatedIn", project, park, null, null, 0, 10, 0.8)));
        assertEquals("zone/a", byKey.get("project/a").facts.locatedIn());
    }
}
