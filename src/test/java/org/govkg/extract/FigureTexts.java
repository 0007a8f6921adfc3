package org.govkg.extract;

import org.govkg.ingest.TextLayout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link FigureText} for the figure units' table tests without HanLP: the periods come from the real
 * {@link PeriodResolver}, the quantities from {@link Quantities}, and the mentions from specs "TYPE:name" (every
 * occurrence of name in the text, e.g. "DIVISION:青禾县", "ZONE:白鹭湾产业园"), by start.
 */
final class FigureTexts {
    static final Quantities QUANTITIES = new Quantities();
    static final Lexicons LEX = new Lexicons();

    private FigureTexts() {}

    static FigureText of(String text, LocalDate refDate, String mentionSpecs) {
        List<Mention> mentions = new ArrayList<>();
        if (mentionSpecs != null && !mentionSpecs.isBlank()) {
            for (String spec : mentionSpecs.split(";")) {
                String[] tn = spec.strip().split(":", 2);
                if (!text.contains(tn[1])) throw new IllegalArgumentException(tn[1] + " is not in " + text);
                for (int at = text.indexOf(tn[1]); at >= 0; at = text.indexOf(tn[1], at + tn[1].length()))
                    mentions.add(Mention.of(EntityType.valueOf(tn[0]), tn[1], at, 0.9));
            }
            mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        }
        List<PeriodResolver.Found> periods = new PeriodResolver(refDate, refDate == null ? null : refDate.getYear()).findAll(text);
        int[] starts = QUANTITIES.scan(text).stream().mapToInt(Quantities.Quantity::start).toArray();
        return new FigureText(text, TextLayout.of(text), List.of(), mentions, periods, refDate, starts);
    }

    static String period(Period p) {
        if (p == null) return "none";
        return (p.start() == null ? "" : p.start().toString()) + ".." + (p.end() == null ? "" : p.end().toString());
    }

    static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
