package org.govkg.extract;

import org.govkg.nlp.HanlpSegmenter;
import org.govkg.nlp.Segmenter;
import org.govkg.pipeline.Engine;
import org.govkg.resolve.Entity;
import org.govkg.resolve.Observation;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.testing.Engines;
import org.govkg.testing.RecordedSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Extraction and resolution of the texts of segmented-texts.tsv (written for govkg) on a fixed token stream, HanLP's
 * segmentation recorded once ({@link RecordedSegmenter}), and the same texts through live HanLP: both must give the
 * entities and figures written here by hand. On the recording a failure is a change of govkg's rules; through HanLP
 * alone it is a change of the segmenter (a new HanLP version), and the recording says what it used to give.
 *
 * <p>Each row: the case (a text of segmented-texts.tsv), every entity the text names as type:label, and every
 * figure as indicator|value|unit|kind|changeRate|changePoints|start..end|area. Both lists are exact (compared sorted).
 */
class RecordedSegmentationTest {
    private static final Path RECORDING = Path.of("src/test/resources" + RecordedSegmenter.TOKENS);

    private static Extractor recorded;

    private static synchronized Extractor recorded() {
        if (recorded == null) {
            Engine engine = Engines.get();
            recorded = new Extractor(RecordedSegmenter.load(), engine.gazetteer(), engine.ontology().indicators(engine.ontologyGraph()));
        }
        return recorded;
    }

    /** What a careful reader sees in each text: every entity and every figure, written by hand. */
    record Expected(String kase, List<String> entities, List<String> figures) {
        @Override
        public String toString() {
            return kase;
        }
    }

    static final List<Expected> ROWS = List.of(
            new Expected("figures",
                    List.of("DIVISION:宁远县"),
                    List.of("地区生产总值|6840000000|CNY|Level|5.9||2024-01-01..2024-03-31|宁远县",
                            "规上工业增加值|7.2|Percent|Growth|7.2||2024-01-01..2024-03-31|宁远县")),
            new Expected("meeting",
                    List.of("DIVISION:宁远县", "MEETING:中共宁远县委第十五届委员会第六次全体会议", "MEETING:县委十五届五次全会",
                            // the county committee by its full name (the gazetteer knows its city), and its standing committee
                            "ORGANIZATION:中共永州市宁远县委", "ORGANIZATION:中共永州市宁远县委常委会", "PERSON:周文涛"),
                    List.of()),
            new Expected("zone",
                    List.of("DIVISION:宁远县", "ENTERPRISE:湘南精工机械有限公司", "PROJECT:湘南精工机械有限公司年产5万台农机项目", "ZONE:青岚湾产业园"),
                    // no time phrase: no period; the zone named as the subject owns both figures
                    List.of("新签约项目|6|Count|Level|||..|青岚湾产业园",
                            "总投资|3150000000|CNY|Level|||..|青岚湾产业园")));

    static List<Expected> rows() {
        return ROWS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void the_recorded_token_stream_gives_what_a_reader_sees(Expected want) {
        ResolvedDocument rd = read(recorded(), want.kase());
        assertEquals(sorted(want.entities()), entities(rd), want.kase() + ": entities on the recorded segmentation");
        assertEquals(sorted(want.figures()), figures(rd), want.kase() + ": figures on the recorded segmentation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void live_hanlp_gives_the_same(Expected want) {
        ResolvedDocument rd = read(Engines.get().extractor(), want.kase());
        assertEquals(sorted(want.entities()), entities(rd), want.kase() + ": entities through HanLP");
        assertEquals(sorted(want.figures()), figures(rd), want.kase() + ": figures through HanLP");
    }

    @Test
    void the_meeting_and_the_person_carry_their_facts() {
        ResolvedDocument rd = read(recorded(), "meeting");
        Entity sixth = one(rd, EntityType.MEETING, "中共宁远县委第十五届委员会第六次全体会议");
        assertEquals(List.of(15, 6, LocalDate.of(2024, 6, 4)), List.of(sixth.facts().term(), sixth.facts().session(), sixth.facts().date()));
        assertEquals(5, one(rd, EntityType.MEETING, "县委十五届五次全会").facts().session());
        assertEquals("县委书记", one(rd, EntityType.PERSON, "周文涛").facts().role());
        assertEquals("division/431126", one(rd, EntityType.DIVISION, "宁远县").key());
    }

    /**
     * The recording is what HanLP segments today. When it fails after a HanLP upgrade, re-record with
     * {@code scripts/update-golden.sh --segmentations} and read the diff; with -Dgovkg.record-segmentations=true
     * this test is the recorder.
     */
    @Test
    void the_recording_is_what_hanlp_says_today() throws Exception {
        Segmenter live = new HanlpSegmenter(List.of());
        String now = RecordedSegmenter.record(RecordedSegmenter.texts(), live, "HanLP portable-1.8.6 (HanlpSegmenter, no custom words)");
        if (Boolean.getBoolean("govkg.record-segmentations")) {
            Files.writeString(RECORDING, now, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(RECORDING, StandardCharsets.UTF_8), now,
                "HanLP no longer segments the recorded texts as recorded; re-record with scripts/update-golden.sh --segmentations");
    }

    private static ResolvedDocument read(Extractor extractor, String kase) {
        String text = RecordedSegmenter.texts().get(kase);
        if (text == null) throw new IllegalArgumentException("no case " + kase + " in " + RecordedSegmenter.TEXTS);
        return Engines.get().resolver().resolve(extractor.extract(Engines.doc(kase, text)));
    }

    private static Entity one(ResolvedDocument rd, EntityType type, String label) {
        List<Entity> found = rd.entities().stream().filter(e -> e.type() == type && e.prefLabel().equals(label)).toList();
        assertEquals(1, found.size(), () -> type + ":" + label + " among " + entities(rd));
        return found.get(0);
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private static List<String> entities(ResolvedDocument rd) {
        return rd.entities().stream().map(e -> e.type() + ":" + e.prefLabel()).sorted().toList();
    }

    private static List<String> figures(ResolvedDocument rd) {
        Map<String, String> labels = new java.util.HashMap<>();
        for (Entity e : rd.entities()) labels.put(e.key(), e.prefLabel());
        return rd.observations().stream().map(o -> {
            Figure f = o.figure();
            String period = f.period() == null ? ".." : (f.period().start() == null ? "" : f.period().start()) + ".." + (f.period().end() == null ? "" : f.period().end());
            return String.join("|", f.indicatorLabel(), plain(f.value()), f.unit().localName(), f.kind().localName(), plain(f.changeRate()), plain(f.changePoints()), period,
                    labels.getOrDefault(o.areaKey(), o.areaKey()));
        }).sorted().toList();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
