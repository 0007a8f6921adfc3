package org.govkg.extract;

import java.util.List;

/**
 * Decides what a figure is about: a mention (a division, park, project, company or place) or the article's own
 * division at a level, and why ({@link Figure.AreaReason}).
 *
 * <p>Contract: {@link #decide} returns the area this rule finds for the figure at {@code site}, or null when the
 * rule has nothing to say, so that rules compose into a chain ({@link #firstOf}) that asks each in turn. A chain
 * ends with {@link #ARTICLE_DEFAULT}, which always decides. A rule reads the text and never changes it.
 */
@FunctionalInterface
interface AreaAttribution {
    /**
     * Where a figure stands: the start of its sentence and clause, where its indicator phrase starts, where the
     * figure (or a rank's verb) starts, and the figure before it in the sentence (or null).
     */
    record Site(int sentenceStart, int clauseStart, int phraseStart, int at, Figure previous) {}

    Figure.AreaRef decide(FigureText doc, Site site);

    /** Nothing in the text says: the article's own division. */
    AreaAttribution ARTICLE_DEFAULT = (doc, site) -> new Figure.AreaRef(null, "main", Figure.AreaReason.ARTICLE_DEFAULT);

    /** The first decision of {@code rules}, asked in order; the article's division when none decides. */
    static AreaAttribution firstOf(List<AreaAttribution> rules) {
        List<AreaAttribution> chain = List.copyOf(rules);
        return (doc, site) -> {
            for (AreaAttribution rule : chain) {
                Figure.AreaRef area = rule.decide(doc, site);
                if (area != null) return area;
            }
            return ARTICLE_DEFAULT.decide(doc, site);
        };
    }
}
