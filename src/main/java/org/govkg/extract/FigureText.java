package org.govkg.extract;

import org.govkg.ingest.TextLayout;
import org.govkg.nlp.Token;

import java.time.LocalDate;
import java.util.List;

/**
 * What the figure units read of one text, made once per {@code recognize} call: the text, its layout (the one
 * definition of its sentences, clauses and paragraphs), its tokens, the mentions and periods found in it,
 * the date it was published (or null), and where its quantities start.
 */
record FigureText(String text, TextLayout layout, List<Token> tokens, List<Mention> mentions,
                  List<PeriodResolver.Found> periods, LocalDate refDate, int[] quantityStarts) {

    /** A stretch [start, end) of the text. */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    String at(Span s) {
        return s.of(text);
    }

    /** Whether a quantity starts in [from, to). */
    boolean quantityBetween(int from, int to) {
        for (int p : quantityStarts) if (p >= from && p < to) return true;
        return false;
    }

    /** The kinds of mention a figure can be about. */
    static boolean isArea(Mention m) {
        return switch (m.type()) {
            case DIVISION, ZONE, PROJECT, ENTERPRISE, PLACE -> true;
            default -> false;
        };
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
