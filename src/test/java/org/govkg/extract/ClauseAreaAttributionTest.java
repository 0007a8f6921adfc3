package org.govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The area of a figure and why: name or level|reason. */
class ClauseAreaAttributionTest {
    private static final ClauseAreaAttribution AREAS = new ClauseAreaAttribution(FigureTexts.LEX, new Anaphora(FigureTexts.LEX));

    /** '[' marks where the indicator phrase starts; the figure is the text's last quantity; no figure before it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a name in the clause          # 上半年，青禾县[地区生产总值实现612.5亿元                             # DIVISION:青禾县                                  # 青禾县|CLAUSE_NAME
            the longer of two names       # 今年以来，云岭区白鹭湾物流园项目[总投资26亿元                       # DIVISION:云岭区;PROJECT:白鹭湾物流园项目         # 白鹭湾物流园项目|CLAUSE_NAME
            an area word in the clause    # 云岭区投资持续扩大。白鹭湾物流园项目加快建设，全区[重点项目完成投资143.6亿元 # DIVISION:云岭区;PROJECT:白鹭湾物流园项目 # county|AREA_WORD
            an area compared with is not  # 今年以来，[地区生产总值增速高于全省2.1个百分点                      #                                                  # main|ARTICLE_DEFAULT
            a park word means the main park # 白鹭湾产业园是青禾县的重点园区。今年以来，园区[新签约项目6个     # ZONE:白鹭湾产业园;DIVISION:青禾县                # 白鹭湾产业园|ANAPHOR
            this park is the last named   # 云岭区有两个园区：白鹭湾产业园和青石产业园。该园区[新签约项目6个    # ZONE:白鹭湾产业园;ZONE:青石产业园                # 青石产业园|ANAPHOR
            the head of the sentence      # 青禾县上半年实现地区生产总值612.5亿元，[税收收入38.2亿元             # DIVISION:青禾县                                  # 青禾县|SENTENCE_HEAD
            the head after its period     # 上半年青禾县实现地区生产总值612.5亿元，[税收收入38.2亿元             # DIVISION:青禾县                                  # 青禾县|SENTENCE_HEAD
            no head past two commas       # 上半年，青禾县实现地区生产总值612.5亿元，[税收收入38.2亿元           # DIVISION:青禾县                                  # main|ARTICLE_DEFAULT
            the previous clause's subject # 今年以来，白鹭湾物流园项目由云岭建设集团承建，[总投资26亿元         # PROJECT:白鹭湾物流园项目;ENTERPRISE:云岭建设集团 # 白鹭湾物流园项目|PREVIOUS_CLAUSE_SUBJECT
            an example is not the area    # 今年以来，青禾科技等[企业完成产值3亿元                               # ENTERPRISE:青禾科技                              # main|ARTICLE_DEFAULT
            """)
    void decides_the_area(String name, String marked, String mentions, String expected) {
        int phraseStart = marked.indexOf('[');
        String text = marked.replace("[", "");
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), mentions);
        List<Quantities.Quantity> qs = FigureTexts.QUANTITIES.scan(text);
        int at = qs.get(qs.size() - 1).start();
        var site = new AreaAttribution.Site(doc.layout().sentenceStart(at), doc.layout().clauseStart(at), phraseStart, at, null);
        Figure.AreaRef area = AREAS.decide(doc, site);
        assertEquals(expected, (area.mention() != null ? area.mention().name() : area.level()) + "|" + area.reason());
    }

    @Test
    void the_previous_figure_gives_its_area_when_nothing_else_does() {
        String text = "今年以来，新签约项目12个，总投资26亿元";
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), null);
        Figure.AreaRef before = new Figure.AreaRef(null, "county", Figure.AreaReason.AREA_WORD);
        Figure prev = new Figure(10, 13, 0, text.length(), "12个", java.math.BigDecimal.TEN, null, Figure.Unit.COUNT, Figure.Kind.LEVEL, null, null, null, null,
                "新签约项目", null, before, null, 0.5);
        int at = text.indexOf("26");
        Figure.AreaRef area = AREAS.decide(doc, new AreaAttribution.Site(0, text.lastIndexOf('，') + 1, text.indexOf("总投资"), at, prev));
        assertEquals("county|PREVIOUS_FIGURE", area.level() + "|" + area.reason());
    }

    @Test
    void a_chain_takes_the_first_decision_and_falls_back_to_the_article() {
        FigureText doc = FigureTexts.of("总投资26亿元", null, null);
        var site = new AreaAttribution.Site(0, 0, 0, 3, null);
        AreaAttribution none = (d, s) -> null;
        AreaAttribution word = (d, s) -> new Figure.AreaRef(null, "county", Figure.AreaReason.AREA_WORD);
        assertEquals(Figure.AreaReason.AREA_WORD, AreaAttribution.firstOf(List.of(none, word, AreaAttribution.ARTICLE_DEFAULT)).decide(doc, site).reason());
        assertEquals(new Figure.AreaRef(null, "main", Figure.AreaReason.ARTICLE_DEFAULT), AreaAttribution.firstOf(List.of(none)).decide(doc, site));
    }
}
