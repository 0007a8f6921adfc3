package org.govkg.extract;

import org.govkg.extract.Quantities.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.govkg.extract.FigureTexts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a quantity is: its kind and signed value as a figure of its own, or the change of the figure before it. */
class FigureKindTest {
    private static final IndicatorLexicon SCHEME = new IndicatorLexicon(List.of(
            new IndicatorLexicon.Concept("gdp", "地区生产总值", List.of()),
            new IndicatorLexicon.Concept("retail", "社会消费品零售总额", List.of()),
            new IndicatorLexicon.Concept("industry-value-added", "规上工业增加值", List.of())));
    private static final FigureKind KINDS = new FigureKind(SCHEME);

    /** The last quantity of the text, read with the label given: kind|value|changeRate|changePoints. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a level                          # 青禾县税收收入38.2亿元                                        # 税收收入                 # Level|3820000000||
            a rate after a verb is growth    # 青禾县地区生产总值增长6.8%                                    # 地区生产总值             # Growth|6.8|6.8|
            a decline is negative            # 规上工业增加值下降3.2%                                        # 规上工业增加值           # Growth|-3.2|-3.2|
            points after a verb              # 增速回落1.2个百分点                                           # 增速                     # Growth|-1.2||-1.2
            a comparison is signed           # 地区生产总值增速低于全省0.5个百分点                           # 地区生产总值增速低于全省 # Growth|-0.5||
            a share by its cue               # 云岭区民间投资占比达到61.5%                                   # 民间投资占比             # Share|61.5||
            a share by its label             # 标准化厂房开复工率达到98%                                     # 标准化厂房开复工率       # Share|98||
            a plan done is a share           # 固定资产投资完成年度计划的62.8%                               # 固定资产投资             # Share|62.8||
            a vow makes a target             # 力争固定资产投资达到450亿元                                   # 固定资产投资             # Target|45000000000||
            a growth target states its change # 力争地区生产总值增长7.5%                                     # 地区生产总值             # Target|7.5|7.5|
            an estimate is a target at first # 预计全年地区生产总值增长6%                                    # 地区生产总值             # Target|6|6|
            every item of a target list      # 主要预期目标是：地区生产总值增长7%左右；规上工业增加值增长9%  # 规上工业增加值           # Target|9|9|
            a target word after the figure   # 白鹭湾产业园营业收入实现120亿元目标                           # 营业收入                 # Target|12000000000||
            a target list ends with its sentence # 主要预期目标是：地区生产总值增长7%左右。规上工业增加值增长9% # 规上工业增加值       # Growth|9|9|
            """)
    void reads_an_own_figure(String name, String text, String label, String expected) {
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), null);
        List<Quantity> qs = FigureTexts.QUANTITIES.scan(text);
        Quantity q = qs.get(qs.size() - 1);
        int sentenceStart = doc.layout().sentenceStart(q.start()), clauseStart = doc.layout().clauseStart(q.start());
        FigureKind.Reading r = KINDS.read(doc, q, KINDS.cue(text, q, clauseStart, null), label, sentenceStart, clauseStart);
        assertEquals(expected, String.join("|", r.kind().localName(), plain(r.value()), plain(r.changeRate()), plain(r.changePoints())));
    }

    /** The second quantity against a figure read from the first: rate|points of the change, or "own". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a rate after a level              # 青禾县税收收入38.2亿元，同比增长6.4%                        # 6.4|
            a rate after a cause              # 社会消费品零售总额86.3亿元，受原材料涨价影响同比下降2.9%    # -2.9|
            points after a rate               # 固定资产投资增长9.1%，增速回落1.2个百分点                   # |-1.2
            a second rate is its own          # 固定资产投资增长9.1%，增长12%                               # own
            a new subject between             # 青禾县税收收入38.2亿元，规上工业增加值增长6.4%              # own
            a place between                   # 青禾县税收收入38.2亿元，云岭区增长6.4%                      # own
            a comparison is no change         # 规上工业增加值增长8.1%，高于全省2.1个百分点                 # own
            """)
    void attaches_a_change_to_the_figure_before(String name, String text, String expected) {
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), text.contains("云岭区") ? "DIVISION:云岭区" : null);
        List<Quantity> qs = FigureTexts.QUANTITIES.scan(text);
        Quantity first = qs.get(0), second = qs.get(1);
        FigureKind.Cue firstCue = KINDS.cue(text, first, 0, null);
        Figure prev = new Figure(first.start(), first.end(), 0, text.length(), first.stated(), first.value(), null, first.unit(),
                firstCue.isRate(first) ? Figure.Kind.GROWTH : Figure.Kind.LEVEL, firstCue.isRate(first) ? first.value() : null, null, null, null, "-", null,
                new Figure.AreaRef(null, "main", Figure.AreaReason.ARTICLE_DEFAULT), null, 0.5);
        int clauseStart = doc.layout().clauseStart(second.start());
        FigureKind.Change change = KINDS.changeOf(doc, second, KINDS.cue(text, second, clauseStart, null), prev);
        assertEquals(expected, change == null ? "own" : plain(change.rate()) + "|" + plain(change.points()));
    }
}
