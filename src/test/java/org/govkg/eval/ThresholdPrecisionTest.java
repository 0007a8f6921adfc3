package org.govkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Precision at a confidence threshold, from hand-written gold and graph items. */
class ThresholdPrecisionTest {
    private static final String TEXT = "上半年，柳溪区地区生产总值完成351.6亿元，比上年同期增长6.3%。区委书记张三出席。全区新建共享喷涂中心3个。";

    private static JsonNode gold() throws Exception {
        return new ObjectMapper().readTree("""
                {"doc": "t",
                 "entities": [
                   {"type": "AdministrativeDivision", "label": "柳溪区", "aliases": ["江城市柳溪区"], "required": true},
                   {"type": "Person", "label": "张三", "required": true},
                   {"type": "Meeting", "label": "柳溪区委十二届六次全会", "required": true}
                 ],
                 "observations": [
                   {"area": "柳溪区", "indicator": "地区生产总值", "valueBase": 35160000000, "value": 351.6, "unit": "亿元", "required": true,
                    "evidence": "上半年，柳溪区地区生产总值完成351.6亿元"}
                 ]}""");
    }

    private static Scorer.Obs obs(double value, String area, String indicator, Double confidence, String evidence) {
        Scorer.Obs o = new Scorer.Obs();
        o.value = value;
        o.areas.add(area);
        o.inds.add(indicator);
        o.confidence = confidence;
        o.evidence = evidence;
        return o;
    }

    private static Scorer.Counts score(boolean verbose) throws Exception {
        Map<String, Scorer.Ent> ents = new TreeMap<>();
        ents.put("e1", new Scorer.Ent(Set.of("AdministrativeDivision"), Set.of("柳溪区"), 0.97));    // right, sure
        ents.put("e2", new Scorer.Ent(Set.of("AdministrativeDivision"), Set.of("江城市柳溪区"), 0.82)); // a duplicate: wrong, though sure
        ents.put("e3", new Scorer.Ent(Set.of("Person"), Set.of("张三"), 0.8));                       // right, exactly at the threshold
        Scorer.Ent spurious = new Scorer.Ent(Set.of("Project"), Set.of("共享喷涂中心"), 0.43);          // wrong, unsure
        spurious.sentence = "全区新建共享喷涂中心3个";
        ents.put("e4", spurious);
        ents.put("e5", new Scorer.Ent(Set.of("Place"), Set.of("南湖"), null));                      // no confidence at all: counts as 0
        Map<String, Scorer.Obs> obs = new LinkedHashMap<>();
        obs.put("o1", obs(35160000000.0, "柳溪区", "地区生产总值", 0.92, "上半年，柳溪区地区生产总值完成351.6亿元"));
        obs.put("o2", obs(3, "柳溪区", "共享喷涂中心", 0.75, "全区新建共享喷涂中心3个"));
        obs.put("o3", obs(6.3, "柳溪区", "增长", 0.92, "比上年同期增长6.3%"));
        return new Scorer(null, "https://w3id.org/govkg/id/").compare(gold(), ents, obs, TEXT, verbose);
    }

    @Test
    void precision_rises_when_unsure_items_are_left_out() throws Exception {
        Scorer.Counts c = score(false);
        Scorer.Band all = c.atLeast(0);
        assertEquals(5, all.entN());
        assertEquals(2, all.entOk());
        assertEquals(3, all.obsN());
        assertEquals(1, all.obsOk());
        assertEquals(0.4, all.entityP(), 1e-9);
        // what the last line says is what the band over all items says
        assertEquals(c.entityP(), all.entityP(), 1e-9);
        assertEquals(c.obsP(), all.obsP(), 1e-9);

        Scorer.Band sure = c.atLeast(0.8);
        assertEquals(3, sure.entN(), "0.8 itself is kept; 0.43 and no confidence are not");
        assertEquals(2, sure.entOk());
        assertEquals(2.0 / 3, sure.entityP(), 1e-9);
        assertEquals(2, sure.obsN());
        assertEquals(1, sure.obsOk());
        assertEquals(0.5, sure.obsP(), 1e-9);

        Scorer.Band none = c.atLeast(0.99);
        assertEquals(0, none.entN());
        assertEquals(0, none.entityP(), 1e-9);
        assertEquals("entityP=- (0/0)  obsP=- (0/0)", none.describe());
        assertEquals("entityP=0.667 (2/3)  obsP=0.500 (1/2)", sure.describe());

        assertEquals(List.of(0.97, 0.92, 0.82, 0.8, 0.75, 0.43, 0.0), c.confidences());
        assertEquals(1, c.exactly(0.92).obsOk());
        assertEquals(2, c.exactly(0.92).obsN());
    }

    @Test
    void documents_add_up_before_the_threshold_is_applied() throws Exception {
        Scorer.Counts t = Scorer.total(List.of(score(false), score(false)));
        Scorer.Band sure = t.atLeast(0.8);
        assertEquals(6, sure.entN());
        assertEquals(4, sure.entOk());
        assertEquals(4, sure.obsN());
        assertEquals(2, sure.obsOk());
    }

    @Test
    void verbose_lists_each_miss_and_spurious_item_with_its_sentence() throws Exception {
        List<String> notes = score(true).notes;
        assertTrue(notes.contains("  miss Meeting: 柳溪区委十二届六次全会  ← (not in the text as written)"), notes::toString);
        assertTrue(notes.contains("  spurious [Project]: [共享喷涂中心] (confidence 0.43)  ← 全区新建共享喷涂中心3个"), notes::toString);
        assertTrue(notes.contains("  duplicate [AdministrativeDivision]: [江城市柳溪区] (confidence 0.82)"), notes::toString);
        assertTrue(notes.contains("  spurious obs: [柳溪区] [增长] 6.3 (confidence 0.92)  ← 比上年同期增长6.3%"), notes::toString);
        assertEquals("区委书记张三出席", Scorer.firstSentenceOf(TEXT, List.of("李四", "张三")));
        assertEquals("上半年，柳溪区地区生产总值完成351.6亿元，比上年同期增长6.3%", Scorer.sentenceAt(TEXT, 5));
    }
}
