package org.govkg.extract;

import org.govkg.extract.Quantities.Quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a quantity is: a figure of its own (a Level, a Growth, a Share or a Target), or the change of the figure
 * before it (…427.8亿元，同比增长8.4% is one figure with its rate; …增长9.1%，增速回落1.2个百分点 one with its points).
 *
 * <p>Contract: {@link #cue} reads the words before a quantity (a change verb and its sign, a comparison with
 * another area); {@link #changeOf} says whether a rate or points belongs to the figure before it in the
 * sentence (nothing but punctuation, 同比, a 受…影响 cause or an aside such as 按可比价计算 or a rank between them, and that figure has no such change
 * yet); {@link #read} decides an own figure's kind, its signed value and change: a rate or points after a
 * change verb is Growth, a comparison is Growth signed by it, a percent whose indicator ends in 率 or with a
 * share cue is a Share, and a Level or a rate with a target cue (力争, 目标是：…) is a Target — except a share of
 * a plan done (完成年度计划的62.8%). A figure that is itself a rate keeps it as its change whatever its kind: a growth
 * target states the change aimed at (力争地区生产总值增长7.5% → changeRate 7.5). A Level or a rate with only an
 * estimate cue (预计) is a Target that may turn out an estimate: {@link Reading#estimate} says what it is then (its kind
 * as stated and the cue, the figure's qualifier); whether it is depends on its period ({@link PeriodAttribution#estimated}).
 */
final class FigureKind {
    private static final Pattern GAP_CAUSE = FigureRules.pattern("gap-cause");
    private static final Pattern GAP_FILLER = FigureRules.pattern("gap-filler");
    private static final FirstChars TARGET_LIST = FirstChars.of(FigureRules.pattern("target-list"));
    private static final String SHARE_SUFFIX = FigureRules.word("share-suffix");
    private static final String POSSESSIVE = FigureRules.word("possessive");
    private static final List<String> TARGET_AFTER = FigureRules.words("target-after");
    private static final List<String> PLAN_HEADINGS = FigureRules.words("plan-heading");
    private static final List<String> COMPLETION_VERBS = FigureRules.words("completion-verb");
    private static final List<String> COMPLETION_OBJECTS = FigureRules.words("completion-object");
    /** How far before a rate its comparison word may stand (高于全省2.1个百分点). */
    private static final int COMPARISON_REACH = 4;
    private static final int LONGEST_GAP = 25;

    private final Map<String, String> cues = new TreeMap<>();
    /** The cue words of each kind, in the order of {@link #cues}: what {@link #cueOf} walks, without the other kinds'. */
    private final Map<String, List<String>> cuesByKind = new java.util.HashMap<>();
    private final IndicatorLexicon indicators;

    FigureKind(IndicatorLexicon indicators) {
        this.indicators = indicators;
        for (String[] r : Tsv.load("/org/govkg/rules/cues.tsv", 2)) cues.put(r[0], r[1]);
        for (var e : cues.entrySet()) cuesByKind.computeIfAbsent(e.getValue(), k -> new java.util.ArrayList<>()).add(e.getKey());
    }

    /** The words before a quantity: a change verb (or a 分别 list's) and its sign, and a comparison, its sign and where it stands. */
    record Cue(String verb, int sign, String comparison, int comparisonSign, int comparisonAt) {
        boolean isRate(Quantity q) {
            return q.isPercent() && verb != null;
        }

        boolean isPoints(Quantity q) {
            return q.unit() == Figure.Unit.PERCENTAGE_POINT && verb != null && comparison == null;
        }

        /** Where the indicator phrase before the quantity ends: at the comparison, else at the verb. */
        int phraseEnd(Quantity q) {
            return comparison != null ? comparisonAt : q.start() - (verb == null ? 0 : verb.length());
        }
    }

    Cue cue(String text, Quantity q, int clauseStart, Respectively.Item item) {
        String verb = null;
        int sign = 1;
        Map.Entry<String, Integer> v = ChangeWords.verbEndingAt(text, q.start());
        if (v != null) { verb = v.getKey(); sign = v.getValue(); }
        if (item != null && item.sign() != 0) { verb = Respectively.WORD; sign = item.sign(); }
        if (q.isPercent() || q.unit() == Figure.Unit.PERCENTAGE_POINT) {
            for (var e : ChangeWords.COMPARISONS.entrySet()) {
                // only an occurrence within reach counts: the search reads no further back
                int at = FigureRules.lastIndexWithin(text, e.getKey(), q.start(), Math.max(clauseStart, q.start() - e.getKey().length() - COMPARISON_REACH));
                if (at >= clauseStart && at >= 0 && q.start() - at <= e.getKey().length() + COMPARISON_REACH)
                    return new Cue(verb, sign, e.getKey(), e.getValue(), at);
            }
        }
        return new Cue(verb, sign, null, 1, -1);
    }

    /** The change of rate or of points (the other null) a quantity states for the figure before it. */
    record Change(BigDecimal rate, BigDecimal points) {}

    /** The change a rate or points states for {@code prev}, or null when the quantity is a figure of its own. */
    Change changeOf(FigureText doc, Quantity q, Cue cue, Figure prev) {
        boolean rate = cue.isRate(q), points = cue.isPoints(q);
        if (!(rate || points) || prev == null || !attachable(doc, prev, cue.phraseEnd(q))) return null;
        BigDecimal v = q.value().multiply(BigDecimal.valueOf(cue.sign()));
        if (rate && prev.changeRate() == null && prev.unit() != Figure.Unit.PERCENT) return new Change(v, null);
        if (points && prev.changePoints() == null) return new Change(null, v);
        return null;
    }

    /**
     * An own figure's reading: its kind, its value (signed for a change) and the change it states; {@code estimate} is
     * non-null for a figure that is a target only by an estimate cue (预计).
     */
    record Reading(Figure.Kind kind, BigDecimal value, BigDecimal changeRate, BigDecimal changePoints, Estimate estimate) {
        Reading(Figure.Kind kind, BigDecimal value, BigDecimal changeRate, BigDecimal changePoints) {
            this(kind, value, changeRate, changePoints, null);
        }

        /** The figure read as an estimate of a period past or ending: its stated kind, the same value and change. */
        Reading asEstimate() {
            return estimate == null ? this : new Reading(estimate.kind(), value, changeRate, changePoints);
        }
    }

    /** What a figure with an estimate cue is when it estimates a period already past or ending: its stated kind, and the cue. */
    record Estimate(Figure.Kind kind, String cue) {}

    Reading read(FigureText doc, Quantity q, Cue cue, String label, int sentenceStart, int clauseStart) {
        String text = doc.text();
        Figure.Kind kind = Figure.Kind.LEVEL;
        BigDecimal value = q.value(), changeRate = null, changePoints = null;
        if (cue.isRate(q)) {
            kind = Figure.Kind.GROWTH;
            value = value.multiply(BigDecimal.valueOf(cue.sign()));
            changeRate = value;
        } else if (cue.comparison() != null) {
            kind = Figure.Kind.GROWTH;
            value = value.multiply(BigDecimal.valueOf(cue.comparisonSign()));
        } else if (cue.isPoints(q)) {
            kind = Figure.Kind.GROWTH;
            value = value.multiply(BigDecimal.valueOf(cue.sign()));
            changePoints = value;
        } else if (q.isPercent() && (label.endsWith(SHARE_SUFFIX) || hasCue(text, clauseStart, q.start(), "Share") || completion(text, clauseStart, q.start()))) {
            kind = Figure.Kind.SHARE;
        }
        boolean planDone = completion(text, clauseStart, q.start());
        boolean target = (hasCue(text, sentenceStart, q.start(), "Target") || FigureRules.startsWithAny(text, q.end(), TARGET_AFTER) != null
                || announcedTargets(doc, q.start()) || planSection(doc, sentenceStart, q.start())) && !planDone;
        String estimateCue = target || planDone ? null : cueOf(text, sentenceStart, q.start(), "Estimate");
        // 力争地区生产总值增长7.5%: a growth target's value is the rate aimed at, and so is its change (changeRate);
        // 城镇登记失业率控制在4.5%以内: a rate aimed at is a (level) target too
        if ((target || estimateCue != null) && (kind == Figure.Kind.LEVEL || kind == Figure.Kind.SHARE || cue.isRate(q)))
            return new Reading(Figure.Kind.TARGET, value, changeRate, changePoints, estimateCue == null ? null : new Estimate(kind, estimateCue));
        return new Reading(kind, value, changeRate, changePoints);
    }

    /** The text between two figures carries no new subject: 「…612.5亿元，同比增长6.8%」. */
    private boolean attachable(FigureText doc, Figure prev, int at) {
        if (at < prev.end()) return false;
        String gap = doc.text().substring(prev.end(), at);
        if (gap.length() > LONGEST_GAP) return false;
        // what is left between them, past the punctuation, 同比 and a 受…影响 aside, would be a new subject
        String rest = GAP_FILLER.matcher(GAP_CAUSE.matcher(gap).replaceAll("")).replaceAll("");
        if (rest.length() >= 4) return false;
        // a cause or an aside (受…影响, 按可比价计算, a parenthesis, a rank) may name what it likes
        boolean cause = GAP_CAUSE.matcher(gap).find();
        if (indicators.longestIn(gap) != null && !cause) return false;
        for (Mention m : doc.mentions()) if (m.start() >= prev.end() && m.end() <= at && !cause) return false;
        return true;
    }

    /** 完成年度计划的62.8%, 占年度目标的: a share of a plan done, not a target. */
    private static boolean completion(String text, int from, int to) {
        int f = Math.max(0, from), t = Math.max(from, to);
        return anyWithin(text, COMPLETION_VERBS, f, t) && anyWithin(text, COMPLETION_OBJECTS, f, t) && FigureRules.containsWithin(text, POSSESSIVE, f, t);
    }

    private static boolean anyWithin(String text, List<String> words, int from, int to) {
        for (String w : words) if (FigureRules.containsWithin(text, w, from, to)) return true;
        return false;
    }

    /**
     * 二、2024年目标任务 … 改造城镇老旧小区30个: a figure under a heading that names a plan (rules/figure-words.tsv
     * plan-heading) for the article's year or a later one is a target, unless its sentence dates it before it.
     */
    private static boolean planSection(FigureText doc, int sentenceStart, int at) {
        if (doc.refDate() == null) return false;
        String heading = PeriodAttribution.yearHeading(doc, at);
        if (heading == null || PLAN_HEADINGS.stream().noneMatch(heading::contains)) return false;
        Period year = PeriodAttribution.lastNamedYear(heading, 0, heading.length());
        if (year.start().getYear() < doc.refDate().getYear()) return false;
        for (PeriodResolver.Found f : doc.periods()) if (f.said() && f.start() >= sentenceStart && f.start() < at) return false;
        return true;
    }

    /** 主要预期目标是：地区生产总值增长7%左右；规上工业增加值增长9%；…: every item of the list (its sentences joined by ；) is a target. */
    private static boolean announcedTargets(FigureText doc, int at) {
        int s = doc.layout().sentenceStart(at);
        while (s > 0 && doc.text().charAt(s - 1) == '；') s = doc.layout().sentenceStart(s - 1);
        return TARGET_LIST.finder(doc.text().substring(s, at)).find();
    }

    private boolean hasCue(String text, int from, int to, String kind) {
        return cueOf(text, from, to, kind) != null;
    }

    /** The first cue word of {@code kind} (rules/cues.tsv) in [from, to), or null. */
    private String cueOf(String text, int from, int to, String kind) {
        int f = Math.max(0, from), t = Math.max(from, to);
        for (String w : cuesByKind.getOrDefault(kind, List.of())) if (FigureRules.containsWithin(text, w, f, t)) return w;
        return null;
    }
}
