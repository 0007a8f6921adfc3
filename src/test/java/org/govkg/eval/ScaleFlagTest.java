package org.govkg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code eval --verbose} flags a figure 10⁴ or 10⁸ off its gold value (a 万 or 亿 slip) of the same area, indicator and period. */
class ScaleFlagTest {
    @ParameterizedTest(name = "{0} against {1} → 10^{2}")
    @CsvSource(textBlock = """
            3516000,             35160000000, 4
            35160000000,         3516000,     4
            351.6,               35160000000, 8
            35160000000000000000, 351600000000, 8
            3530000,             35160000000, 4
            3500000,             35160000000, 4
            3490000,             35160000000, 0
            35160000,            35160000000, 0
            35160000000,         35160000000, 0
            -3516000,            35160000000, 0
            0,                   35160000000, 0
            """)
    void a_ratio_of_ten_thousand_or_a_hundred_million_within_half_a_percent(double got, double gold, int power) {
        assertEquals(power, Scorer.scalePower(got, gold));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            万 read for 亿: flagged                   | 鹿鸣县 | 地区生产总值 | 3516000      | 2024-01-01 | 2024-06-30 | 1
            亿 read for 元: flagged                   | 鹿鸣县 | 地区生产总值 | 351.6        | 2024-01-01 | 2024-06-30 | 1
            an indicator alias is the same indicator  | 鹿鸣县 | GDP          | 3516000      | 2024-01-01 | 2024-06-30 | 1
            another area: not flagged                 | 白沙镇 | 地区生产总值 | 3516000      | 2024-01-01 | 2024-06-30 | 0
            another indicator: not flagged            | 鹿鸣县 | 固定资产投资 | 3516000      | 2024-01-01 | 2024-06-30 | 0
            another period: not flagged               | 鹿鸣县 | 地区生产总值 | 3516000      | 2023-01-01 | 2023-12-31 | 0
            ten times off: not flagged                | 鹿鸣县 | 地区生产总值 | 3516000000   | 2024-01-01 | 2024-06-30 | 0
            the right value: matched, not flagged     | 鹿鸣县 | 地区生产总值 | 35160000000  | 2024-01-01 | 2024-06-30 | 0
            """)
    void only_the_same_area_indicator_and_period_are_flagged(String why, String area, String indicator, double value, String ps, String pe, int flagged) throws Exception {
        var gold = new ObjectMapper().readTree("""
                {"doc": "t", "entities": [{"type": "AdministrativeDivision", "label": "鹿鸣县", "required": true}],
                 "observations": [{"area": "鹿鸣县", "indicator": "地区生产总值", "indicatorAliases": ["GDP"], "value": 351.6, "unit": "亿元",
                   "valueBase": 35160000000, "periodStart": "2024-01-01", "periodEnd": "2024-06-30", "required": true}]}""");
        Scorer.Obs o = new Scorer.Obs();
        o.areas.add(area);
        o.inds.add(indicator);
        o.value = value;
        o.ps = ps;
        o.pe = pe;
        Map<String, Scorer.Obs> obs = new LinkedHashMap<>();
        obs.put("o1", o);
        Scorer.Counts c = new Scorer(null, "https://w3id.org/govkg/id/").compare(gold, new TreeMap<>(), obs, (String) null, true);
        assertEquals(flagged, c.scaleErrors, why);
        assertEquals(flagged, c.notes.stream().filter(n -> n.startsWith("  scale: ")).count(), () -> why + ": " + c.notes);
    }
}
