package org.govkg.extract;

import org.govkg.extract.FigureText.Span;
import org.govkg.extract.Quantities.Quantity;
import org.govkg.ingest.TextLayout;
import org.govkg.nlp.Token;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stated figures: a number with its magnitude and unit (427.8亿元, 5162户, 8.4%, 2.1个百分点), and ranks
 * (位居全市第一). For each it decides the kind, the indicator (from the scheme, else the phrase the text uses),
 * the area, the period and the year-on-year change, reading the sentence the way the genre writes it:
 * [period][area][indicator][verb][figure]，[change verb][rate].
 *
 * <p>The composition of the figure units: {@link Quantities} finds the quantities; {@link Respectively} pairs
 * 分别 lists; for each quantity {@link FigureKind} decides whether it is the change of the figure before it or a
 * figure of its own, {@link IndicatorPhrase} names its indicator, {@link AreaAttribution} and
 * {@link PeriodAttribution} place it; {@link FigureDrafts} collects the figures with their changes;
 * {@link Ranks} adds the ranks and {@link RestatedFigures} drops what a summary restates.
 */
final class FigureRecognizer {
    private static final Pattern PUNCTUATION = FigureRules.pattern("punctuation");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\d.]+$");
    private static final String CAPACITY_VERB = FigureRules.word("capacity-verb"), CAPACITY_LABEL = FigureRules.word("capacity-label");

    private final Lexicons lex;
    private final Quantities quantities = new Quantities();
    private final IndicatorPhrase phrases;
    private final Respectively respectively;
    private final FigureKind kinds;
    private final ClauseAreaAttribution areas;
    private final PeriodAttribution periods = new PeriodAttribution();
    private final Ranks ranks;

    FigureRecognizer(Lexicons lex, IndicatorLexicon indicators) {
        this.lex = lex;
        this.phrases = new IndicatorPhrase(lex, indicators);
        this.respectively = new Respectively(phrases);
        this.kinds = new FigureKind(indicators);
        this.areas = new ClauseAreaAttribution(lex, new Anaphora(lex));
        this.ranks = new Ranks(phrases, areas, periods, lex.confidence("figure.rank"));
    }

    List<Figure> recognize(String text, List<Token> tokens, List<Mention> mentions, List<PeriodResolver.Found> found, LocalDate refDate) {
        List<Quantity> scanned = quantities.scan(text);
        FigureText doc = new FigureText(text, TextLayout.of(text), tokens, mentions, found, refDate,
                scanned.stream().mapToInt(Quantity::start).toArray());
        Map<Integer, Respectively.Item> items = respectively.items(doc, scanned);
        Map<Integer, Respectively.Rate> rates = respectively.rates(doc, scanned);
        FigureDrafts drafts = new FigureDrafts();
        for (Quantity q : scanned) {
            // a number inside a name (十三届五次全会, “六项任务”, 地铁2号线) is part of the name, not a figure
            if (mentions.stream().anyMatch(m -> m.type() != EntityType.DIVISION && m.overlaps(q.numberStart(), q.end()))) continue;
            read(doc, q, items.get(q.start()), rates.get(q.start()), drafts);
        }
        List<Figure> out = drafts.build();
        out.addAll(ranks.find(doc, out));
        out.sort(Comparator.comparingInt(Figure::start));
        return RestatedFigures.dedupe(out);
    }

    /** Reads one quantity: a change of a figure read before (recorded in {@code drafts}), a figure of its own, or nothing. */
    private void read(FigureText doc, Quantity q, Respectively.Item item, Respectively.Rate respectiveRate, FigureDrafts drafts) {
        String text = doc.text();
        int sentenceStart = doc.layout().sentenceStart(q.start()), sentenceEnd = doc.layout().sentenceEnd(q.end());
        // (the clause of a 分别 list starts before its items, see Respectively)
        int clauseStart = item != null ? item.clauseStart() : doc.layout().clauseStart(q.start());
        Figure last = drafts.last();
        Figure prev = last != null && last.start() >= sentenceStart ? last : null;

        if (respectiveRate != null
                && drafts.changeRateOf(respectiveRate.figureStart(), q.value().multiply(BigDecimal.valueOf(respectiveRate.sign())), sentenceEnd)) return;
        FigureKind.Cue cue = kinds.cue(text, q, clauseStart, item);
        int phraseEnd = cue.phraseEnd(q);
        // a rate or a change in points right after a figure of the same sentence belongs to it
        FigureKind.Change change = item == null && prev != null ? kinds.changeOf(doc, q, cue, prev) : null;
        if (change != null) { drafts.changeLast(change, sentenceEnd); return; }

        // the indicator: after a count (7个数字化工厂) or before the figure (地区生产总值实现427.8亿元)
        Span phrase = item != null ? item.subject() : null;
        if (phrase == null && q.unit() == Figure.Unit.COUNT) phrase = phrases.following(doc, q.end());
        if (phrase == null)
            phrase = phrases.preceding(doc, Math.max(clauseStart, prev != null ? Math.min(prev.end(), phraseEnd) : clauseStart), phraseEnd, cue.comparison() == null);
        if (phrase == null && cue.verb() == null && cue.comparison() == null) phrase = phrases.following(doc, q.end());
        String inherited = phrase != null && prev != null && item == null ? phrases.sharedVerb(doc, prev, phrase.start()) : "";
        Period danglingPeriod = null;
        Figure.AreaRef danglingArea = null;
        if (phrase == null && clauseStart == doc.layout().paragraphStart(q.start())) {
            // a sentence the layout split across paragraphs: 「…工业总产值实现」 / 「338.1亿元，…」
            Span dangling = phrases.danglingClause(doc, q.start());
            if (dangling != null) {
                phrase = phrases.preceding(doc, dangling.start(), dangling.end(), true);
                danglingPeriod = PeriodAttribution.periodIn(doc, dangling.start(), dangling.end());
                danglingArea = ClauseAreaAttribution.areaIn(doc, dangling.start(), dangling.end());
            }
        }
        // 规上工业增加值增长8.1%，高于全省2.1个百分点: a comparison without its own subject compares the figure before
        String comparedSubject = phrase == null && cue.comparison() != null && prev != null && prev.end() <= cue.comparisonAt()
                && PUNCTUATION.matcher(text.substring(prev.end(), cue.comparisonAt())).replaceAll("").isEmpty() ? phrases.comparedSubject(prev) : null;
        if (phrase == null && comparedSubject == null) return;
        String label = comparedSubject != null ? comparedSubject : item != null ? item.label() : inherited + doc.at(phrase);
        if (cue.comparison() != null) label = label + TRAILING_NUMBER.matcher(text.substring(cue.comparisonAt(), q.start())).replaceAll("");
        // 形成年产5GW高效光伏组件的生产能力: a capacity, named by the product after it
        if (label.endsWith(CAPACITY_VERB) && q.unit() != Figure.Unit.CNY) {
            Span product = phrases.following(doc, q.end());
            label = (product == null ? "" : doc.at(product)) + CAPACITY_LABEL;
        }
        String indicatorId = phrases.conceptOf(label);
        FigureKind.Reading reading = kinds.read(doc, q, cue, label, sentenceStart, clauseStart);

        Figure.AreaRef area = danglingArea != null ? danglingArea
                : comparedSubject != null ? prev.area().because(Figure.AreaReason.COMPARED_SUBJECT)
                : areas.decide(doc, new AreaAttribution.Site(sentenceStart, clauseStart, phrase.start(), q.start(), prev));
        Figure.AreaRef compared = cue.comparison() == null ? null : areas.areaWordAt(text, cue.comparisonAt() + cue.comparison().length());
        boolean timeless = periods.timeless(label + "|" + text.substring(clauseStart, q.start()), area, prev, reading.kind());
        // 预计 of a period past or ending is an estimate of it (its stated kind, qualifier 预计), else a target
        Period estimated = reading.estimate() == null ? null
                : periods.estimated(doc, new PeriodAttribution.Site(sentenceStart, clauseStart, q.start(), false, timeless, danglingPeriod));
        String qualifier = estimated != null && q.qualifier() == null ? reading.estimate().cue() : q.qualifier();
        if (estimated != null) reading = reading.asEstimate();
        boolean target = reading.kind() == Figure.Kind.TARGET;
        Period period = estimated != null ? estimated
                : periods.periodOf(doc, new PeriodAttribution.Site(sentenceStart, clauseStart, q.start(), target, timeless, danglingPeriod));
        double confidence = lex.confidence(indicatorId != null ? "figure.scheme" : "figure.candidate");
        drafts.add(new Figure(q.start(), q.end(), sentenceStart, sentenceEnd, text.substring(q.start(), q.end()), reading.value(), q.upper(),
                q.unit(), reading.kind(), reading.changeRate(), reading.changePoints(), qualifier, indicatorId, label, period, area,
                compared, confidence));
    }
}
