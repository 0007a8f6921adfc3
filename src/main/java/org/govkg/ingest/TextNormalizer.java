package org.govkg.ingest;

/**
 * Normalises article text while keeping a map back to the original.
 * <p>
 * Full-width ASCII (１２３, ＡＢＣ, ％) becomes ASCII one for one, so figures parse; the ideographic
 * space becomes a space; markdown emphasis markers (**) are dropped; a single line break that cuts a
 * long line between two characters of a sentence is a newspaper-layout break and is removed. Blank lines (paragraph breaks) are kept, because a
 * paragraph is evidence of structure the extractor uses.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** The normalised text and, for each of its chars, the index of the char it came from. */
    public record Normalized(String text, int[] originalOffsets) {}

    public static Normalized normalize(String original) {
        String s = original.startsWith("\uFEFF") ? original.substring(1) : original;
        int shift = original.length() - s.length();
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') continue;
            // control characters a scraper left (form feeds, escapes) are no text, and no RDF writer wants them
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) continue;
            if (c == '\n' && isLayoutBreak(s, i)) continue;
            // markdown emphasis (**430余个**) that scraped articles carry is layout, not text
            if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') { i++; continue; }
            out.append(fold(c));
            map[n++] = i + shift;
        }
        map[n] = s.length() + shift;
        int[] offsets = new int[n + 1];
        System.arraycopy(map, 0, offsets, 0, n + 1);
        return new Normalized(out.toString(), offsets);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            char a = (char) (c - 0xFEE0);
            // keep the full-width forms Chinese text uses as punctuation of its own
            if (Character.isLetterOrDigit(a) || a == '%' || a == '.' || a == '+' || a == '-') return a;
            return c;
        }
        if (c == '\u3000') return ' ';
        return c;
    }

    /** A line wrapped by the layout: long (a headline, date line or byline is short), cut between two characters of one sentence. */
    private static boolean isLayoutBreak(String s, int i) {
        int p = i - 1;
        while (p >= 0 && s.charAt(p) == '\r') p--;
        int q = i + 1;
        if (q >= s.length() || p < 0) return false;
        char before = s.charAt(p), after = s.charAt(q);
        int lineStart = s.lastIndexOf('\n', p) + 1;
        return p - lineStart + 1 >= MIN_WRAPPED_LINE && isCjk(before) && (isCjk(after) || Character.isDigit(after)) && !DATE_LINE.matcher(s).region(q, s.length()).lookingAt();
    }

    /** A date line under a long headline (2023-12-27, 2023-12-27 09:30): a line of its own, never the headline's wrapped end. */
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:\\n|$)");

    /** Shorter lines are headings, datelines and bylines, which end where they end. */
    static final int MIN_WRAPPED_LINE = 20;

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
