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
 * @param unit         the unit the value is in
 * @param kind         what the value is: a level, a growth, a target, a rank or a share
 */
public record Figure(int start, int end, int evidenceStart, int evidenceEnd, String stated,
                     BigDecimal value, BigDecimal upper, Unit unit, Kind kind,
                     BigDecimal changeRate, BigDecimal changePoints, String qualifier,
                     String indicatorId, String indicatorLabel, Period period, AreaRef area,
                     AreaRef comparedTo, double confidence) {

    /** What a figure's value is; {@link #localName()} is the gk: kind (gk:Growth). */
    public enum Kind {
        LEVEL("Level"), GROWTH("Growth"), TARGET("Target"), RANK("Rank"), SHARE("Share");

        private final String localName;

        Kind(String localName) {
            this.localName = localName;
        }

        public String localName() {
            return localName;
        }
    }

    /**
     * The unit of a figure's value: every unit rules/units.tsv names (its second column), and Rank for a place
     * in a ranking; {@link #localName()} is the gk: unit (gk:CNY, gk:PercentagePoint).
     */
    public enum Unit {
        CNY("CNY"), USD("USD"), EUR("EUR"), PERCENT("Percent"), PERCENTAGE_POINT("PercentagePoint"),
        SQUARE_KILOMETRE("SquareKilometre"), SQUARE_METRE("SquareMetre"), MU("Mu"), HECTARE("Hectare"),
        KILOWATT_HOUR("KilowattHour"), KILOWATT("Kilowatt"), KILOVOLT_AMPERE("KilovoltAmpere"), TEU("TEU"),
        DAY("Day"), MONTH("Month"), TONNE("Tonne"), KILOGRAM("Kilogram"), KILOMETRE("Kilometre"), METRE("Metre"), PERSON_TIME("PersonTime"),
        CUBIC_METRE("CubicMetre"), MICROGRAM_PER_CUBIC_METRE("MicrogramPerCubicMetre"), COUNT("Count"), RANK("Rank");

        private final String localName;

        Unit(String localName) {
            this.localName = localName;
        }

        public String localName() {
            return localName;
        }

        /** The unit of a gk: local name; an unknown one is an error of the data file that names it. */
        public static Unit of(String localName) {
            for (Unit u : values()) if (u.localName.equals(localName)) return u;
            throw new IllegalArgumentException("no unit gk:" + localName + " (add it to Figure.Unit)");
        }
    }

    /**
     * A mention, or (mention null) the article's own division at {@code level}; {@code reason} says which rule
     * decided it (for eval --verbose; it is not part of the graph); {@code written} is the word that named the
     * level (全区, 我县), or null, so that an article that never names its division can label the area as written.
     */
    public record AreaRef(Mention mention, String level, AreaReason reason, String written) {
        public AreaRef(Mention mention, String level, AreaReason reason) {
            this(mention, level, reason, null);
        }

        /** The same area, decided for another reason. */
        public AreaRef because(AreaReason why) {
            return new AreaRef(mention, level, why, written);
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
        COMPARED_SUBJECT,
        /** The zone the article is about (SubjectZone): its default, or a word such as 全区 standing for the zone. */
        SUBJECT_ZONE
    }

    public Figure withChange(BigDecimal rate, BigDecimal points) {
        return new Figure(start, end, evidenceStart, evidenceEnd, stated, value, upper, unit, kind,
                rate != null ? rate : changeRate, points != null ? points : changePoints, qualifier,
                indicatorId, indicatorLabel, period, area, comparedTo, confidence);
    }

    public Figure withArea(AreaRef a) {
        return new Figure(start, end, evidenceStart, evidenceEnd, stated, value, upper, unit, kind, changeRate, changePoints,
                qualifier, indicatorId, indicatorLabel, period, a, comparedTo, confidence);
    }

    public Figure withEvidenceEnd(int e) {
        return new Figure(start, end, evidenceStart, e, stated, value, upper, unit, kind, changeRate, changePoints,
                qualifier, indicatorId, indicatorLabel, period, area, comparedTo, confidence);
    }
}
