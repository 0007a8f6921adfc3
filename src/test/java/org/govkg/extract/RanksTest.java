package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ranks of a text without other figures: label|value|qualifier|area|period, in order. */
class RanksTest {
    private static final Lexicons LEX = FigureTexts.LEX;
    private static final IndicatorPhrase PHRASES = new IndicatorPhrase(LEX, new IndicatorLexicon(List.of(
            new IndicatorLexicon.Concept("gdp", "地区生产总值", List.of()))));
    private static final Ranks RANKS = new Ranks(PHRASES, new ClauseAreaAttribution(LEX, new Anaphora(LEX)), new PeriodAttribution(), 0.7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            first in the city         # 上半年，青禾县工业投资增速位居全市第一        # DIVISION:青禾县       # 工业投资增速全市排名|1||青禾县|2026-01-01..2026-06-30
            among the top ten         # 青禾县县域经济综合实力跻身全省前十            # DIVISION:青禾县       # 县域经济综合实力全省排名|10|前|青禾县|none
            a place in the city       # 上半年，青禾县网络零售额在全市排名第三        # DIVISION:青禾县       # 网络零售额全市排名|3||青禾县|2026-01-01..2026-06-30
            the top of the province   # 上半年，白鹭湾产业园产值增速位居全省榜首      # ZONE:白鹭湾产业园     # 产值增速全省排名|1||白鹭湾产业园|2026-01-01..2026-06-30
            no subject no rank        # 位居全市第一                                  #                       #
            """)
    void reads_ranks(String name, String text, String mentions, String expected) {
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), mentions);
        String got = RANKS.find(doc, List.of()).stream().map(f -> String.join("|", f.indicatorLabel(), FigureTexts.plain(f.value()),
                f.qualifier() == null ? "" : f.qualifier(), f.area().mention() != null ? f.area().mention().name() : f.area().level(),
                FigureTexts.period(f.period()))).collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected.strip(), got);
    }
}
