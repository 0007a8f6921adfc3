package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of text in double quotes: {@code open} is the index of the opening mark, {@code close} of the first closing
 * mark after it. The recognisers that read quoted names and slogans (QuotedNames, InitiativeRecognizer) share this
 * one reading of where a quote ends.
 */
record QuotedSpan(int open, int close) {
    static final char OPEN = '“', CLOSE = '”';

    /** The text between the marks. */
    String inner(String text) {
        return text.substring(open + 1, close);
    }

    /**
     * Every opening mark of {@code text} with the first closing mark after it, in text order. An opening mark with no
     * closing mark after it ends the list (no later one has one either); a nested opening mark shares the closing one.
     */
    static List<QuotedSpan> in(String text) {
        return in(text, OPEN, CLOSE);
    }

    /** As {@link #in(String)}, with the corner brackets of traditional texts (「大開放」) too, in text order. */
    static List<QuotedSpan> withCorners(String text) {
        List<QuotedSpan> out = new ArrayList<>(in(text));
        out.addAll(in(text, CORNER_OPEN, CORNER_CLOSE));
        out.sort(java.util.Comparator.comparingInt(QuotedSpan::open));
        return out;
    }

    static final char CORNER_OPEN = '「', CORNER_CLOSE = '」';

    private static List<QuotedSpan> in(String text, char open, char close) {
        List<QuotedSpan> out = new ArrayList<>();
        for (int i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
            int j = text.indexOf(close, i);
            if (j < 0) break;
            out.add(new QuotedSpan(i, j));
        }
        return out;
    }
}
