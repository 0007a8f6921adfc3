package org.govkg.resolve;

import org.govkg.extract.Gazetteer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When two things keyed by different documents are one thing, on invented divisions: province 990000 holds the
 * city 990100 (districts 990101 and 990102) and the city 990200 (district 990201); 880000 is a province-level city
 * with the district 880001. Names are invented too.
 */
class CrossDocumentIdentityTest {
    private static final Map<String, Gazetteer.Division> DIVISIONS = Map.of(
            "990000", new Gazetteer.Division("990000", "青禾省", "province", ""),
            "990100", new Gazetteer.Division("990100", "云岭市", "prefecture", "990000"),
            "990101", new Gazetteer.Division("990101", "东滨区", "county", "990100"),
            "990102", new Gazetteer.Division("990102", "西川区", "county", "990100"),
            "990200", new Gazetteer.Division("990200", "石泉市", "prefecture", "990000"),
            "990201", new Gazetteer.Division("990201", "南坪区", "county", "990200"),
            "880000", new Gazetteer.Division("880000", "海屿市", "province", ""),
            "880001", new Gazetteer.Division("880001", "北港区", "county", "880000"));

    /** The division and those enclosing it, nearest first, as Gazetteer#chain gives them. */
    private static List<Gazetteer.Division> chain(String code) {
        List<Gazetteer.Division> out = new ArrayList<>();
        for (Gazetteer.Division d = DIVISIONS.get(code); d != null; d = DIVISIONS.get(d.parent())) out.add(d);
        return out;
    }

    private static final String PROJECT = "gk:Project", ZONE = "gk:IndustrialZone";

    private static CrossDocumentIdentity.Thing thing(String iri, String type, String division, String pref, String labels) {
        return new CrossDocumentIdentity.Thing(iri, type, division, pref, labels == null ? Set.of() : Set.of(labels.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                  | type A | division A | name A                              | other names A   | type B | division B | name B                              | other names B | one
            one name, one district                                   | zone   | 990101     | 东滨经济开发区                        | -               | zone   | 990101     | 东滨经济开发区                        | -             | true
            one name, the district and the city it lies in          | zone   | 990101     | 东滨经济开发区                        | -               | zone   | 990100     | 东滨经济开发区                        | -             | true
            one name, the city and its province (in no city)         | zone   | 990100     | 东滨经济开发区                        | -               | zone   | 990000     | 东滨经济开发区                        | -             | false
            a name in common among other names                      | zone   | 990101     | 东滨经济开发区                        | 东滨开发区       | zone   | 990101     | 东滨经开区                            | 东滨开发区     | true
            names equal but for quotes and spaces                   | zone   | 990101     | “东滨” 经济开发区                     | -               | zone   | 990101     | 东滨经济开发区                        | -             | true
            one name, two districts of one city                     | zone   | 990101     | 东滨经济开发区                        | -               | zone   | 990102     | 东滨经济开发区                        | -             | false
            one name, districts of two cities                       | zone   | 990101     | 高新技术产业园                        | -               | zone   | 990201     | 高新技术产业园                        | -             | false
            one name, a district of a province-level city and a district of another province | zone | 880001 | 高新技术产业园          | -               | zone   | 990101     | 高新技术产业园                        | -             | false
            one name, a province-level city and its district        | zone   | 880000     | 北港物流园                            | -               | zone   | 880001     | 北港物流园                            | -             | true
            one name, two kinds of thing                            | zone   | 990101     | 东滨智造园                            | -               | project| 990101     | 东滨智造园                            | -             | false
            one name, a division not known                          | zone   | 770101     | 东滨经济开发区                        | -               | zone   | 770101     | 东滨经济开发区                        | -             | false
            the short form of the name of the other               | project| 990100     | 云帆储能电池项目                      | -               | project| 990101     | 东滨云帆新能源科技有限公司年产5GWh储能电池项目 | -      | true
            a short form in an unrelated district                   | project| 990102     | 云帆储能电池项目                      | -               | project| 990101     | 东滨云帆新能源科技有限公司年产5GWh储能电池项目 | -      | false
            a short form that ends otherwise                        | project| 990100     | 云帆储能电池基地                      | -               | project| 990101     | 东滨云帆新能源科技有限公司年产5GWh储能电池项目 | -      | false
            a short form of five characters is too short            | project| 990100     | 帆电池项目                            | -               | project| 990101     | 东滨云帆新能源科技有限公司年产5GWh电池项目 | -           | false
            different names, one district                           | project| 990101     | 东滨港口扩建工程                      | -               | project| 990101     | 东滨污水处理厂提标工程                | -             | false
            """)
    void two_things_are_one_when(String name, String typeA, String divA, String prefA, String labelsA,
                                 String typeB, String divB, String prefB, String labelsB, boolean one) {
        var a = thing("https://w3id.org/govkg/id/a", type(typeA), divA, prefA, labelsA);
        var b = thing("https://w3id.org/govkg/id/b", type(typeB), divB, prefB, labelsB);
        SortedSet<CrossDocumentIdentity.Pair> pairs = CrossDocumentIdentity.sameThings(List.of(a, b), CrossDocumentIdentityTest::chain);
        assertEquals(one ? List.of(new CrossDocumentIdentity.Pair(a.iri(), b.iri())) : List.of(), List.copyOf(pairs), name);
        // the decision does not depend on the order the things come in
        assertEquals(pairs, CrossDocumentIdentity.sameThings(List.of(b, a), CrossDocumentIdentityTest::chain), name + ", reversed");
    }

    private static String type(String t) {
        return t.equals("zone") ? ZONE : PROJECT;
    }

    @Test
    void a_short_form_with_two_candidates_is_one_with_neither() {
        var brief = thing("https://w3id.org/govkg/id/a", PROJECT, "990100", "云帆储能电池项目", null);
        var east = thing("https://w3id.org/govkg/id/b", PROJECT, "990101", "东滨云帆新能源科技有限公司年产5GWh储能电池项目", null);
        var west = thing("https://w3id.org/govkg/id/c", PROJECT, "990102", "西川云帆新能源有限公司储能电池项目", null);
        assertEquals(List.of(), List.copyOf(CrossDocumentIdentity.sameThings(List.of(brief, east, west), CrossDocumentIdentityTest::chain)));
        assertEquals(List.of(new CrossDocumentIdentity.Pair(brief.iri(), east.iri())),
                List.copyOf(CrossDocumentIdentity.sameThings(List.of(brief, east), CrossDocumentIdentityTest::chain)));
    }

    @Test
    void records_of_one_iri_in_one_city_are_one_thing_with_all_their_names() {
        // the store gives the zone twice (two rdfs:label rows); only the second row carries the name in common
        var rowOne = thing("https://w3id.org/govkg/id/a", ZONE, "990101", "东滨经济开发区", "东滨经济开发区");
        var rowTwo = thing("https://w3id.org/govkg/id/a", ZONE, "990101", "东滨经济开发区", "东滨经开区");
        var other = thing("https://w3id.org/govkg/id/b", ZONE, "990100", "东滨经开区", null);
        assertEquals(List.of(new CrossDocumentIdentity.Pair(rowOne.iri(), other.iri())),
                List.copyOf(CrossDocumentIdentity.sameThings(List.of(rowOne, rowTwo, other), CrossDocumentIdentityTest::chain)));
    }
}
