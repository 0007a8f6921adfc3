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
        List<QuotedSpan> out = new ArrayList<>();
        for (int i = text.indexOf(OPEN); i >= 0; i = text.indexOf(OPEN, i + 1)) {
            int j = text.indexOf(CLOSE, i);
            if (j < 0) break;
            out.add(new QuotedSpan(i, j));
        }
        return out;
    }
}
