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
import java.util.regex.Matcher;
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
 * {@link Ranks} adds the ranks and {@link RestatedFigures} drops what a summary or a headline restates.
 *
 * <p>What is no statistic gives no figure: the field of a ranking (在全省N个区县中), the size of what is acted
 * on (对10万亩…, 实施1000亩…), a capacity of a plant in a division's list, a conversion of the figure before
 * (按…汇率计算为…), a count of examples that restates one given before (甲、乙等6个项目).
 */
final class FigureRecognizer {
    private static final FirstChars SCOPE = FirstChars.of(FigureRules.pattern("ranking-field"));
    private static final Pattern PUNCTUATION = FigureRules.pattern("punctuation");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\d.]+$");
    /** How long a headline or subtitle line may be. */
    private static final int LONGEST_TITLE = 60;
    private static final List<String> EXAMPLES_END = FigureRules.words("examples-end");
    private static final List<String> MONEY_WORDS = FigureRules.words("money-word");
    private static final List<String> ACTIVITY_VERBS = FigureRules.words("activity-verb");
    private static final List<String> OBJECT_MARKS = FigureRules.words("object-mark");
    private static final Pattern COMPUTATION_BASIS = FigureRules.pattern("computation-basis");
    private static final String SHARE_VERB = FigureRules.word("share-verb");
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
        List<Span> scopes = new java.util.ArrayList<>();
        for (FirstChars.Finder m = SCOPE.finder(text); m.find(); ) scopes.add(new Span(m.start(), m.end()));
        for (Quantity q : scanned) {
            // 在全省181个区县中排名第14位: the count of a ranking's field is no figure of the area;
            // 对10万亩玉米增施钾肥: the size of what is treated is none either
            if (scopes.stream().anyMatch(sc -> sc.start() <= q.start() && q.end() <= sc.end())) continue;
            if (FigureRules.endsWithAny(text, q.start(), OBJECT_MARKS)) continue;
            // a number inside a name (十三届五次全会, “六项任务”, 地铁2号线) is part of the name, not a figure
            if (mentions.stream().anyMatch(m -> m.type() != EntityType.DIVISION && m.overlaps(q.numberStart(), q.end()))) continue;
            read(doc, q, items.get(q.start()), rates.get(q.start()), drafts);
        }
        List<Figure> out = drafts.build();
        out.addAll(ranks.find(doc, out));
        out.sort(Comparator.comparingInt(Figure::start));
        return RestatedFigures.dedupe(out, at -> titleLine(doc, at));
    }

    private static boolean endsClause(FigureText doc, int p) {
        return p >= doc.text().length() || TextLayout.endsClause(doc.text().charAt(p));
    }

    /** A headline or subtitle: a paragraph of one sentence that no sentence mark ends (上半年地区生产总值增长10.3%). */
    private static boolean titleLine(FigureText doc, int at) {
        TextLayout l = doc.layout();
        int s = l.paragraphStart(at), e = l.paragraphEnd(at);
        if (e - s > LONGEST_TITLE || l.sentenceStart(at) != s || l.sentenceEndsWithin(s, e - 1)) return false;
        int last = e - 1;
        while (last > s && Character.isWhitespace(doc.text().charAt(last))) last--;
        return !TextLayout.endsSentence(doc.text().charAt(last));
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
        if ((q.form() == Quantities.Form.UNCHANGED || (q.form() == Quantities.Form.TIMES && cue.verb() == null))) {
            // …1200万元，与去年持平; 突破9000亿元，是“十五”末的2.3倍: the change of the figure before, or nothing
            if (prev != null && prev.changeRate() == null && prev.unit() != Figure.Unit.PERCENT) drafts.changeLast(new FigureKind.Change(q.value(), null), sentenceEnd);
            return;
        }
        int phraseEnd = cue.phraseEnd(q);
        // a rate or a change in points right after a figure of the same sentence belongs to it
        FigureKind.Change change = item == null && prev != null ? kinds.changeOf(doc, q, cue, prev) : null;
        if (change != null) { drafts.changeLast(change, sentenceEnd); return; }

        // the indicator: after a count (7个数字化工厂) or before the figure (地区生产总值实现427.8亿元)
        Span phrase = item != null ? item.subject() : null;
        String countVerb = "";
        if (phrase == null && q.unit() == Figure.Unit.COUNT) {
            phrase = phrases.following(doc, q.end());
            // 甲、乙等6个项目 after 集中开工6个项目: the count of the examples restates the count given before
            if (phrase != null && FigureRules.endsWithAny(text, q.start(), EXAMPLES_END) && drafts.restatesCount(q.value(), doc.at(phrase))) return;
            Span verb = phrase == null ? null : phrases.verbBefore(doc, Math.max(clauseStart, prev != null ? prev.end() : clauseStart), q.start());
            if (verb != null) countVerb = doc.at(verb);
        }
        if (phrase == null)
            phrase = phrases.preceding(doc, Math.max(clauseStart, prev != null ? Math.min(prev.end(), phraseEnd) : clauseStart), phraseEnd, cue.comparison() == null);
        if (phrase == null && cue.verb() == null && cue.comparison() == null) {
            // 1860万人次游客 names its figure after it; 15万千瓦风能开发, 10万亩玉米增施钾肥 size a thing that is done
            Span after = phrases.following(doc, q.end());
            if (after != null && (q.unit() == Figure.Unit.COUNT || endsClause(doc, after.end()))) phrase = after;
        }
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
        String label = comparedSubject != null ? comparedSubject : item != null ? item.label() : inherited + countVerb + doc.at(phrase);
        if (comparedSubject == null && item == null && prev != null) {
            // 增长10%，力争11.5%: a vow alone names nothing, the figure is a target of the indicator before it;
            // …，占生产总值的比重为4.1%: a share without a subject of its own is the share of the figure before it
            if (IndicatorPhrase.onlyLead(label) && prev.unit() == q.unit()) label = IndicatorPhrase.withoutComparison(prev);
            else if (q.isPercent() && label.startsWith(SHARE_VERB) && !prev.indicatorLabel().contains(SHARE_VERB))
                label = IndicatorPhrase.withoutComparison(prev) + label;
        }
        label = IndicatorPhrase.withoutAsides(label);
        if (q.form() == Quantities.Form.BARE_MONEY && MONEY_WORDS.stream().noneMatch(label::contains)) return;
        // 实施1000亩水稻覆膜: the size of a thing done; 按平均汇率计算为5686美元: the figure before in other units
        if (FigureRules.endsWithAny(label, label.length(), ACTIVITY_VERBS) || COMPUTATION_BASIS.matcher(label).matches()) return;
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
        // 年产150万套空调等一批项目: a capacity is a figure of its plant, not of the division the plant stands in
        if (label.endsWith(CAPACITY_LABEL) && (area.mention() == null || area.mention().type() == EntityType.DIVISION)) return;
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
