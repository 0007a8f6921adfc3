package org.govkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a text as they are read, left to right: each figure's own reading, and the changes later
 * quantities state for it (…612.5亿元，同比增长6.8%; …分别达到A和B，分别增长x%和y%).
 *
 * <p>Contract: a figure is {@link #add}ed once; a change is recorded beside it, never by rewriting it, and a
 * figure takes at most one change rate and one change in points (the first stated); {@link #last} and the
 * figures {@link #build} returns carry their changes, and evidence that reaches to the end of the sentence
 * stating the change.
 */
final class FigureDrafts {
    private static final class Draft {
        final Figure own;
        BigDecimal rate, points;
        int evidenceEnd;

        Draft(Figure own) {
            this.own = own;
            this.evidenceEnd = own.evidenceEnd();
        }

        Figure figure() {
            Figure f = rate == null && points == null ? own : own.withChange(rate, points);
            return evidenceEnd == own.evidenceEnd() ? f : f.withEvidenceEnd(evidenceEnd);
        }
    }

    /** How many characters of a count's noun name what it counts (项目, 企业). */
    private static final int HEAD = 2;
    private final List<Draft> drafts = new ArrayList<>();

    void add(Figure f) {
        drafts.add(new Draft(f));
    }

    /** The figure read last, with its changes, or null. */
    Figure last() {
        return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1).figure();
    }

    /** Records a change of the last figure, stated in a sentence that ends at {@code sentenceEnd}. */
    void changeLast(FigureKind.Change change, int sentenceEnd) {
        change(drafts.get(drafts.size() - 1), change.rate(), change.points(), sentenceEnd);
    }

    /**
     * Records {@code rate} as the change rate of the figure starting at {@code figureStart}, unless it has one;
     * false when no figure starts there.
     */
    boolean changeRateOf(int figureStart, BigDecimal rate, int sentenceEnd) {
        for (int k = drafts.size() - 1; k >= 0; k--) {
            Draft d = drafts.get(k);
            if (d.own.start() != figureStart) continue;
            if (d.figure().changeRate() == null) change(d, rate, null, sentenceEnd);
            return true;
        }
        return false;
    }

    private static void change(Draft d, BigDecimal rate, BigDecimal points, int sentenceEnd) {
        if (rate != null) d.rate = rate;
        if (points != null) d.points = points;
        d.evidenceEnd = Math.max(d.evidenceEnd, sentenceEnd);
    }

    /** Whether a count of {@code value} whose label ends as {@code noun} does (…项目) was read before. */
    boolean restatesCount(BigDecimal value, String noun) {
        String head = noun.length() > HEAD ? noun.substring(noun.length() - HEAD) : noun;
        for (Draft d : drafts)
            if (d.own.unit() == Figure.Unit.COUNT && d.own.value().compareTo(value) == 0 && d.own.indicatorLabel().endsWith(head)) return true;
        return false;
    }

    List<Figure> build() {
        List<Figure> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) out.add(d.figure());
        return out;
    }
}
