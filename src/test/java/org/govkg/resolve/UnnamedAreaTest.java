package org.govkg.resolve;

import org.govkg.pipeline.Engine;
import org.govkg.testing.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An article that never names its division (a county statistics note: 全区 only) keeps every figure, on an
 * unresolved division node (division/x-…) labelled as the text writes it, or on the division the user names
 * (build --area, a JSON Lines "area"); the text's own division comes before the user's.
 */
class UnnamedAreaTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the text                                                                                   | --area       | each figure: indicator=the labels of its area@resolved or x
            前三季度，全区实现地区生产总值215.6亿元，同比增长6.1%。                                         | none         | 地区生产总值=全区@x
            前三季度，全区实现地区生产总值215.6亿元，同比增长6.1%。其中，我区第三产业增加值112.4亿元。        | none         | 地区生产总值=全区,我区@x;第三产业增加值=全区,我区@x
            上半年，全县规上工业增加值增长7.5%。                                                             | 长春市朝阳区 | 规上工业增加值=朝阳区@division/220104
            上半年，全县规上工业增加值增长7.5%。                                                             | 220104       | 规上工业增加值=朝阳区@division/220104
            上半年，全县规上工业增加值增长7.5%。                                                             | 青禾新区     | 规上工业增加值=青禾新区@x
            上半年，宁远县规上工业增加值增长7.5%。                                                           | 220104       | 规上工业增加值=宁远县@division/431126
            """)
    void every_figure_keeps_an_area_never_a_guessed_division(String text, String area, String expected) {
        Engine engine = Engines.get();
        ResolvedDocument rd = engine.resolver().resolve(engine.extractor().extract(Engines.doc("note", text).withArea(area)));
        Map<String, Entity> byKey = rd.entities().stream().collect(Collectors.toMap(Entity::key, e -> e));
        String got = rd.observations().stream().map(o -> {
            Entity a = byKey.get(o.areaKey());
            boolean unresolved = o.areaKey().startsWith("division/x-");
            // a division the user named need not be in the text: the gazetteer's graph labels it
            String labels = a != null ? String.join(",", a.labels()) : engine.gazetteer().get(o.areaKey().substring("division/".length())).name();
            return o.figure().indicatorLabel() + "=" + labels + "@" + (unresolved ? "x" : o.areaKey());
        }).collect(Collectors.joining(";"));
        assertEquals(expected, got);
    }
}
