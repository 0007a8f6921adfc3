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

    /** A mention, or (mention null) the article's own division at {@code level}. */
    public record AreaRef(Mention mention, String level) {}

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
