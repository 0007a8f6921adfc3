package org.govkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Figures an article states twice: once in the text and again in a summary box.
 *
 * <p>Contract: {@link #dedupe} keeps, in order, the first of the figures alike in area, label (without spaces,
 * quotes, brackets and 、), value, unit and kind; and drops a Growth of the article's own division (no mention)
 * whose rate another figure of the same scheme indicator already states as its change (a summary line
 * ——地区生产总值同比增长7.2% restating the change of a figure stated before).
 */
final class RestatedFigures {
    private static final Pattern LABEL_NOISE = FigureRules.pattern("label-noise");

    private RestatedFigures() {}

    static List<Figure> dedupe(List<Figure> figures) {
        return dedupe(figures, at -> false);
    }

    /**
     * As {@link #dedupe(List)}, and drops what a title line ({@code titled}: a headline or subtitle, a line without a
     * sentence end) states that the body states too: a figure of the same value, unit and kind whose indicator
     * is the same concept or whose label contains the other's, and a Growth whose rate a body figure of the same
     * concept states as its change — whatever area each names (长沙县上半年地区生产总值增长10.3% over 该县…).
     */
    static List<Figure> dedupe(List<Figure> figures, IntPredicate titled) {
        List<Figure> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> statedRates = new HashSet<>();
        for (Figure f : figures)
            if (f.changeRate() != null && f.kind() != Figure.Kind.GROWTH && f.indicatorId() != null) statedRates.add(rateKey(f));
        // each figure's compact label and whether a title states it, once: a title's figure is compared with every other
        int n = figures.size();
        String[] labels = new String[n];
        boolean[] inTitle = new boolean[n];
        for (int k = 0; k < n; k++) {
            labels[k] = compact(figures.get(k).indicatorLabel());
            inTitle[k] = titled.test(figures.get(k).start());
        }
        for (int k = 0; k < n; k++) {
            Figure f = figures.get(k);
            String area = f.area().mention() != null ? f.area().mention().name() : f.area().level();
            String key = area + "|" + labels[k] + "|" + f.value().stripTrailingZeros().toPlainString() + "|" + f.unit().localName() + "|" + f.kind().localName();
            boolean title = inTitle[k];
            if (f.kind() == Figure.Kind.GROWTH && f.changeRate() != null && f.indicatorId() != null && (f.area().mention() == null || title)
                    && statedRates.contains(rateKey(f))) continue;
            if (title && restatedInBody(figures, labels, inTitle, k)) continue;
            if (seen.add(key)) out.add(f);
        }
        return out;
    }

    /** Whether a figure no title states states what figure {@code k} states. */
    private static boolean restatedInBody(List<Figure> figures, String[] labels, boolean[] inTitle, int k) {
        for (int j = 0; j < figures.size(); j++) if (!inTitle[j] && restates(figures.get(k), labels[k], figures.get(j), labels[j])) return true;
        return false;
    }

    /** Whether {@code f} states the figure {@code g} states: the same value, unit and kind, of the same indicator (a, b: their compact labels). */
    private static boolean restates(Figure f, String a, Figure g, String b) {
        if (f.value().compareTo(g.value()) != 0 || f.unit() != g.unit() || f.kind() != g.kind()) return false;
        if (f.indicatorId() != null && f.indicatorId().equals(g.indicatorId())) return true;
        return a.contains(b) || b.contains(a);
    }

    private static String rateKey(Figure f) {
        return f.indicatorId() + "|" + f.changeRate().stripTrailingZeros().toPlainString();
    }

    /** A label without the spaces, quotes, brackets and list marks the text writes it with. */
    static String compact(String label) {
        return LABEL_NOISE.matcher(label).replaceAll("");
    }
}
