package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Changes recorded beside figures. Steps, separated by ';': "add S" adds a Level figure starting at S (its
 * evidence ends at S+10), "last R|P|E" records a change (rate R, points P, either empty) of the last figure
 * stated in a sentence ending at E, "rate S R E" records rate R of the figure at S. Expected: each built
 * figure as start:changeRate:changePoints:evidenceEnd, and what each "rate" step answered.
 */
class FigureDraftsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a figure alone                    # add 0                                    # 0:::10
            a rate after it                   # add 0;last 6.4||30                       # 0:6.4::30
            a rate then points                # add 0;last 6.4||30;last |-1.2|25         # 0:6.4:-1.2:30
            the change of the last one only   # add 0;add 40;last 6.4||60                # 0:::10 40:6.4::60
            a respective rate                 # add 0;add 40;rate 0 5.6 80;rate 40 7.2 80 # 0:5.6::80 40:7.2::80 true true
            the first rate wins               # add 0;rate 0 5.6 80;rate 0 9.9 90         # 0:5.6::80 true true
            no figure there                   # add 0;rate 7 5.6 80                       # 0:::10 false
            """)
    void records_changes_beside_figures(String name, String steps, String expected) {
        FigureDrafts drafts = new FigureDrafts();
        StringBuilder answers = new StringBuilder();
        for (String step : steps.strip().split(";")) {
            String[] w = step.strip().split(" ");
            switch (w[0]) {
                case "add" -> drafts.add(level(Integer.parseInt(w[1])));
                case "last" -> {
                    String[] c = w[1].split("\\|", -1);
                    drafts.changeLast(new FigureKind.Change(decimal(c[0]), decimal(c[1])), Integer.parseInt(c[2]));
                }
                case "rate" -> answers.append(' ').append(drafts.changeRateOf(Integer.parseInt(w[1]), new BigDecimal(w[2]), Integer.parseInt(w[3])));
                default -> throw new IllegalArgumentException(step);
            }
        }
        StringBuilder got = new StringBuilder();
        for (Figure f : drafts.build())
            got.append(got.isEmpty() ? "" : " ").append(f.start()).append(':').append(FigureTexts.plain(f.changeRate())).append(':')
                    .append(FigureTexts.plain(f.changePoints())).append(':').append(f.evidenceEnd());
        assertEquals(expected.strip(), got + answers.toString());
    }

    private static BigDecimal decimal(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static Figure level(int start) {
        return new Figure(start, start + 3, start, start + 10, "x", BigDecimal.ONE, null, Figure.Unit.CNY, Figure.Kind.LEVEL, null, null, null, null, "x", null,
                new Figure.AreaRef(null, "main", Figure.AreaReason.ARTICLE_DEFAULT), null, 0.5);
    }
}
