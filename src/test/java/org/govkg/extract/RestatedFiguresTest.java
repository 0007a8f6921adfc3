package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Figures as area|label|value|unit|kind|changeRate|indicatorId (area: a level, or a mention's name after '@'),
 * separated by ';'; expected: the indices of those kept.
 */
class RestatedFiguresTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a figure stated twice is one          # main|地区生产总值|612.5|CNY|Level||gdp;main|地区生产总值|612.5|CNY|Level||gdp              # 0
            quotes and spaces do not count        # main|“双招双引”签约项目|12|Count|Level||;main|双招双引签约项目|12|Count|Level||       # 0
            another area is another figure        # main|税收收入|38.2|CNY|Level||;@青禾县|税收收入|38.2|CNY|Level||                      # 0;1
            another value is another figure       # main|税收收入|38.2|CNY|Level||;main|税收收入|38.3|CNY|Level||                         # 0;1
            a summary line restating a rate       # main|地区生产总值|612.5|CNY|Level|7.2|gdp;main|地区生产总值|7.2|Percent|Growth|7.2|gdp # 0
            a rate of a named area stays          # main|地区生产总值|612.5|CNY|Level|7.2|gdp;@青禾县|地区生产总值|7.2|Percent|Growth|7.2|gdp # 0;1
            a rate of a candidate label stays     # main|旅游收入|13.6|CNY|Level|7.2|;main|旅游收入|7.2|Percent|Growth|7.2|             # 0;1
            """)
    void drops_restated_figures(String name, String figures, String expected) {
        List<Figure> in = new ArrayList<>();
        for (String spec : figures.strip().split(";")) in.add(figure(in.size(), spec.strip().split("\\|", -1)));
        List<Figure> out = RestatedFigures.dedupe(in);
        String kept = IntStream.range(0, in.size()).filter(i -> out.contains(in.get(i))).mapToObj(String::valueOf).collect(Collectors.joining(";"));
        assertEquals(expected.strip(), kept);
    }

    private static Figure figure(int at, String[] f) {
        Figure.AreaRef area = f[0].startsWith("@")
                ? new Figure.AreaRef(Mention.of(EntityType.DIVISION, f[0].substring(1), 0, 0.9), null, Figure.AreaReason.CLAUSE_NAME)
                : new Figure.AreaRef(null, f[0], Figure.AreaReason.ARTICLE_DEFAULT);
        return new Figure(at, at + 1, at, at + 1, f[2], new BigDecimal(f[2]), null, Figure.Unit.of(f[3]), Figure.Kind.valueOf(f[4].toUpperCase(java.util.Locale.ROOT)), f[5].isEmpty() ? null : new BigDecimal(f[5]), null, null,
                f[6].isEmpty() ? null : f[6], f[1], null, area, null, 0.5);
    }
}
