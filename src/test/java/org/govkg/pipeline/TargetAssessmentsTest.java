package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.govkg.rdf.GK;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rule of rules/target-tests.tsv, row by row: each qualifier's test, with outcomes worked out by hand on either
 * side of the target and on its edge (both ends are included), the band's two widths, a range, and the figures that are
 * not compared.
 */
class TargetAssessmentsTest {
    private static final Node TARGET = GK.gk("Target"), LEVEL = GK.gk("Level"), GROWTH = GK.gk("Growth"), SHARE = GK.gk("Share");
    private static final Node PERCENT = GK.gk("Percent"), CNY = GK.gk("CNY"), TONNE = GK.gk("Tonne");
    private static final Node PERIOD = NodeFactory.createURI("https://w3id.org/govkg/id/period/2024-01-01/2024-12-31");
    private static final TargetAssessments.Table TABLE = TargetAssessments.table();

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** A growth target: 增长{rate}% with the qualifier. */
    private static TargetAssessments.Fig growthTarget(String rate, String qualifier) {
        return new TargetAssessments.Fig(NodeFactory.createURI("urn:t"), NodeFactory.createURI("urn:a"), TARGET, d(rate), null, PERCENT, d(rate), qualifier, PERIOD);
    }

    private static TargetAssessments.Fig levelTarget(String value, Node unit, String qualifier) {
        return new TargetAssessments.Fig(NodeFactory.createURI("urn:t"), NodeFactory.createURI("urn:a"), TARGET, d(value), null, unit, null, qualifier, PERIOD);
    }

    /** An outcome level with its growth (地区生产总值303.82亿元，比上年增长6.0%). */
    private static TargetAssessments.Fig levelOutcome(String value, Node unit, String rate) {
        return new TargetAssessments.Fig(NodeFactory.createURI("urn:o"), NodeFactory.createURI("urn:b"), LEVEL, d(value), null, unit, d(rate), null, PERIOD);
    }

    static Stream<Arguments> qualifiers() {
        return Stream.of(
                // qualifier, target rate, outcome rate, test, met, difference (outcome - target, points)
                Arguments.of(null, "7", "7", "FLOOR", true, "0"),
                Arguments.of(null, "7", "6.9", "FLOOR", false, "-0.1"),
                Arguments.of("以上", "8", "9.2", "FLOOR", true, "1.2"),
                Arguments.of("以上", "8", "7.99", "FLOOR", false, "-0.01"),
                Arguments.of("力争", "6", "6.3", "FLOOR", true, "0.3"),
                Arguments.of("超过", "5", "5", "FLOOR", true, "0"),
                Arguments.of("超過", "5", "4", "FLOOR", false, "-1"),
                Arguments.of("突破", "10", "10.5", "FLOOR", true, "0.5"),
                Arguments.of("不少于", "3", "2.5", "FLOOR", false, "-0.5"),
                Arguments.of("不低于", "3", "3.5", "FLOOR", true, "0.5"),
                Arguments.of("以内", "3", "3", "CEILING", true, "0"),
                Arguments.of("以內", "3", "3.1", "CEILING", false, "0.1"),
                Arguments.of("以下", "3", "2", "CEILING", true, "-1"),
                Arguments.of("控制在", "3", "3.2", "CEILING", false, "0.2"),
                Arguments.of("不超过", "4.5", "3.8", "CEILING", true, "-0.7"),
                Arguments.of("不超過", "4.5", "4.6", "CEILING", false, "0.1"),
                Arguments.of("不高于", "2", "2", "CEILING", true, "0"),
                // 左右 on a rate: ± 0.5 points, both edges met
                Arguments.of("左右", "6.5", "6.0", "BAND", true, "-0.5"),
                Arguments.of("左右", "6.5", "7.0", "BAND", true, "0.5"),
                Arguments.of("左右", "7", "5.8", "BAND", false, "-1.2"),
                Arguments.of("左右", "7", "7.6", "BAND", false, "0.6"),
                Arguments.of("约", "5", "5.4", "BAND", true, "0.4"));
    }

    @ParameterizedTest(name = "{0}: target {1}%, outcome {2}% → {3} {4}")
    @MethodSource("qualifiers")
    void a_growth_target_is_tested_as_its_qualifier_says(String qualifier, String target, String outcome, String test, boolean met, String difference) {
        TargetAssessments.Verdict v = TargetAssessments.assess(growthTarget(target, qualifier), levelOutcome("303.82", CNY, outcome), TABLE);
        assertNotNull(v);
        assertEquals(TargetAssessments.Test.valueOf(test), v.test());
        assertTrue(v.growth());
        assertEquals(met, v.met());
        assertEquals(0, d(difference).compareTo(v.difference()), v.difference().toPlainString());
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                // target value, unit, qualifier, outcome value, met, accepted min, accepted max, difference
                Arguments.of("13000000000", CNY, "突破", "13058000000", true, "13000000000", null, "58000000"),
                Arguments.of("280000", TONNE, "以上", "282100", true, "280000", null, "2100"),
                // 140万吨左右: ± 1 % of the target, 138.6万 to 141.4万 吨
                Arguments.of("1400000", TONNE, "左右", "1412000", true, "1386000", "1414000", "12000"),
                Arguments.of("1400000", TONNE, "左右", "1414000", true, "1386000", "1414000", "14000"),
                Arguments.of("1400000", TONNE, "左右", "1385000", false, "1386000", "1414000", "-15000"),
                // a rate stated as a level (城镇化率60%左右): ± 0.5 points
                Arguments.of("60", PERCENT, "左右", "59.5", true, "59.5", "60.5", "-0.5"),
                Arguments.of("4.5", PERCENT, "以内", "3.26", true, null, "4.5", "-1.24"));
    }

    @ParameterizedTest(name = "{0} {2}: outcome {3} → {4}")
    @MethodSource("levels")
    void a_level_target_is_tested_on_the_outcome_value(String target, Node unit, String qualifier, String outcome, boolean met,
                                                       String min, String max, String difference) {
        TargetAssessments.Verdict v = TargetAssessments.assess(levelTarget(target, unit, qualifier), levelOutcome(outcome, unit, "7.3"), TABLE);
        assertNotNull(v);
        assertFalse(v.growth());
        assertEquals(met, v.met());
        assertEquals(min == null ? null : d(min).stripTrailingZeros(), v.min() == null ? null : v.min().stripTrailingZeros());
        assertEquals(max == null ? null : d(max).stripTrailingZeros(), v.max() == null ? null : v.max().stripTrailingZeros());
        assertEquals(0, d(difference).compareTo(v.difference()), v.difference().toPlainString());
    }

    @Test
    void a_range_is_a_band_from_its_lower_to_its_upper_end() {
        var range = new TargetAssessments.Fig(NodeFactory.createURI("urn:t"), NodeFactory.createURI("urn:a"), TARGET, d("1000000000"), d("1500000000"), CNY, null, null, PERIOD);
        TargetAssessments.Verdict in = TargetAssessments.assess(range, levelOutcome("1500000000", CNY, null), TABLE);
        TargetAssessments.Verdict out = TargetAssessments.assess(range, levelOutcome("1600000000", CNY, null), TABLE);
        assertEquals(TargetAssessments.Test.BAND, in.test());
        assertTrue(in.met());
        assertFalse(out.met());
    }

    @Test
    void figures_that_are_not_comparable_give_no_assessment() {
        // a growth target and an outcome without a growth rate (粮食总产量28.21万吨)
        assertNull(TargetAssessments.assess(growthTarget("6.5", "左右"), levelOutcome("282100", TONNE, null), TABLE));
        // a level target and an outcome in another unit
        assertNull(TargetAssessments.assess(levelTarget("280000", TONNE, "以上"), levelOutcome("68400", GK.gk("Mu"), null), TABLE));
        // a level target and a growth figure
        var growth = new TargetAssessments.Fig(NodeFactory.createURI("urn:o"), NodeFactory.createURI("urn:b"), GROWTH, d("4.5"), null, PERCENT, d("4.5"), null, PERIOD);
        assertNull(TargetAssessments.assess(levelTarget("4.5", PERCENT, "以内"), growth, TABLE));
        // a qualifier the table does not list (余: 3亿余元) leaves the target unassessed
        assertNull(TargetAssessments.assess(levelTarget("300000000", CNY, "余"), levelOutcome("310000000", CNY, null), TABLE));
        // a share outcome of a rate target is compared
        var share = new TargetAssessments.Fig(NodeFactory.createURI("urn:o"), NodeFactory.createURI("urn:b"), SHARE, d("3.8"), null, PERCENT, null, null, PERIOD);
        assertTrue(TargetAssessments.assess(levelTarget("4.5", PERCENT, "不超过"), share, TABLE).met());
    }
}
