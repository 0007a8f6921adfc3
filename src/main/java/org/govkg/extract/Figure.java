package org.govkg.extract;

import java.math.BigDecimal;

/**
 * One stated figure.
 *
 * @param start        start of the figure as written (the number, with its qualifier)
 * @param evidenceStart start of the clause or sentence that states it; {@code evidenceEnd} its end
 * @param indicatorId  the slug of a concept of the indicator scheme, or null for a candidate
 * @param indicatorLabel the indicator as the text names it
 * @param area         what the figure is about: a mention, or the article's division at a level
 * @param unit         local name of the gk: unit
 * @param kind         Level, Growth, Target, Rank or Share
 */
public record Figure(int start, int end, int evidenceStart, int evidenceEnd, String stated,
                     BigDecimal value, BigDecimal upper, String unit, String kind,
                     BigDecimal changeRate, BigDecimal changePoints, String qualifier,
                     String indicatorId, String indicatorLabel, Period period, AreaRef area,
                     AreaRef comparedTo, double confidence) {

    /**
     * A mention, or (mention null) the article's own division at {@code level}; {@code reason} says which rule
     * decided it (for eval --verbose; it is not part of the graph).
     */
    public record AreaRef(Mention mention, String level, AreaReason reason) {
        /** The same area, decided for another reason. */
        public AreaRef because(AreaReason why) {
            return new AreaRef(mention, level, why);
        }
    }

    /** Why a figure's area is what it is: the rule of AreaAttribution that decided it. */
    public enum AreaReason {
        /** A place named in the figure's clause, before the indicator. */
        CLAUSE_NAME,
        /** A word for the article's own division in the clause (全区, 全县). */
        AREA_WORD,
        /** A word standing for a park or project the article is about (园区, 该项目). */
        ANAPHOR,
        /** A place at the head of a sentence of at most one comma before the figure. */
        SENTENCE_HEAD,
        /** The project, company or park that is the subject of the clause before. */
        PREVIOUS_CLAUSE_SUBJECT,
        /** The area of the figure before it in the sentence. */
        PREVIOUS_FIGURE,
        /** Nothing in the text: the article's own division. */
        ARTICLE_DEFAULT,
        /** A place named in a clause the layout cut off before the figure (a split sentence). */
        DANGLING_CLAUSE,
        /** A comparison without a subject of its own: the area of the figure it compares. */
        COMPARED_SUBJECT
    }

    public Figure withChange(BigDecimal rate, BigDecimal points) {
        return new Figure(start, end, evidenceStart, evidenceEnd, stated, value, upper, unit, kind,
                rate != null ? rate : changeRate, points != null ? points : changePoints, qualifier,
                indicatorId, indicatorLabel, period, area, comparedTo, confidence);
    }

    public Figure withEvidenceEnd(int e) {
        return new Figure(start, end, evidenceStart, e, stated, value, upper, unit, kind, changeRate, changePoints,
                qualifier, indicatorId, indicatorLabel, period, area, comparedTo, confidence);
    }
}
