package org.govkg.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The points a page's chart draws (ResourcePage.series): one per independent statement of a value for a period end.
 * The figures are written here as a page reads them from the store; the expected points, by observation, by hand.
 */
class ChartSeriesTest {
    private static final String GDP = "https://w3id.org/govkg/id/indicator/gdp", YUAN = "https://w3id.org/govkg/ontology#Yuan",
            TEN_K = "https://w3id.org/govkg/ontology#TenThousandYuan", LEVEL = "https://w3id.org/govkg/ontology#Level";

    /** A figure of obs {@code obs}, stated by {@code article}, whose independent source is {@code source}. */
    private static ResourcePage.Figure f(String obs, String end, String value, String unit, String article, String source) {
        return new ResourcePage.Figure(obs, GDP, "地区生产总值", "area", "某县", "2023年", end == null ? null : "2023-01-01", end,
                new BigDecimal(value), unit, value + "亿元", LEVEL, null, null, article, "句子", 0, 1, null, source);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("two articles stating the same value for the same end are two points",
                        List.of(f("o1", "2023-12-31", "423.5", YUAN, "a", "a"), f("o2", "2023-12-31", "423.5", YUAN, "b", "b")),
                        Map.of(GDP + "|" + LEVEL + "|" + YUAN, List.of("o1", "o2"))),
                Arguments.of("one article stating a value twice is one point",
                        List.of(f("o1", "2023-12-31", "423.5", YUAN, "a", "a"), f("o2", "2023-12-31", "423.50", YUAN, "a", "a")),
                        Map.of(GDP + "|" + LEVEL + "|" + YUAN, List.of("o1"))),
                Arguments.of("a copy stating its original's value is no second point",
                        List.of(f("o1", "2023-12-31", "423.5", YUAN, "a", "a"), f("o2", "2023-12-31", "423.5", YUAN, "copy", "a")),
                        Map.of(GDP + "|" + LEVEL + "|" + YUAN, List.of("o1"))),
                Arguments.of("a copy stating another value is a point of its own",
                        List.of(f("o1", "2023-12-31", "423.5", YUAN, "a", "a"), f("o2", "2023-12-31", "425", YUAN, "copy", "a")),
                        Map.of(GDP + "|" + LEVEL + "|" + YUAN, List.of("o1", "o2"))),
                Arguments.of("the same value for two ends is two points",
                        List.of(f("o1", "2023-06-30", "200", YUAN, "a", "a"), f("o2", "2023-12-31", "200", YUAN, "a", "a")),
                        Map.of(GDP + "|" + LEVEL + "|" + YUAN, List.of("o1", "o2"))),
                Arguments.of("a figure without an end is not drawn",
                        List.of(f("o1", null, "423.5", YUAN, "a", "a")),
                        Map.of()),
                Arguments.of("another unit is another series",
                        List.of(f("o1", "2023-12-31", "423.5", YUAN, "a", "a"), f("o2", "2023-12-31", "4235000", TEN_K, "b", "b")),
                        Map.of(GDP + "|" + LEVEL + "|" + YUAN, List.of("o1"), GDP + "|" + LEVEL + "|" + TEN_K, List.of("o2"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_chart_draws_each_independent_statement_once(String name, List<ResourcePage.Figure> figures, Map<String, List<String>> expected) {
        Map<String, List<String>> points = new TreeMap<>();
        ResourcePage.series(figures).forEach((k, fs) -> points.put(k, fs.stream().map(ResourcePage.Figure::obs).toList()));
        assertEquals(new TreeMap<>(expected), points);
    }
}
