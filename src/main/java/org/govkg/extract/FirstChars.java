package org.govkg.extract;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regular expression with the characters its matches can start with, so that a search tries it only
 * where one of them stands. {@link Matcher#find()} tries a pattern at every offset of the text, and the rules of
 * the figures and periods start with a digit, a numeral or a word's first character: on real articles most of
 * their time went to offsets where no match can start.
 *
 * <p>Contract: {@link Finder#find()} gives the matches {@link Matcher#find()} gives on the same text, in the same
 * order and with the same groups (a match at an offset is tried as {@code find} tries it, seeing the whole text
 * around it). The start characters are read from the expression itself ({@link #startsOf}); where it cannot say
 * them for sure (a class it does not parse, a flag, a pattern that can match the empty string) it gives none
 * and every offset is tried.
 */
final class FirstChars {
    private final Pattern pattern;
    /** Bit c set: a match may start with char c; null: any offset may start one. */
    private final long[] starts;

    /** How many chars a match may start with (all of them when not filtered). */
    private final int startCount;

    private FirstChars(Pattern pattern) {
        this.pattern = pattern;
        this.starts = pattern.flags() == 0 ? startsOf(pattern.pattern()) : null;
        int n = 0;
        if (starts != null) for (long w : starts) n += Long.bitCount(w);
        this.startCount = starts == null ? Character.MAX_VALUE + 1 : n;
    }

    /**
     * Past this many start chars, {@link #find(Matcher, CharSequence, int, int)} searches as find does: a try at an
     * offset costs a reset of the matcher's groups, and a pattern that may start with almost any char (one that
     * opens with a negated class) would be tried at nearly every offset all the same.
     */
    private static final int NARROW = 256;

    static FirstChars of(Pattern pattern) {
        return new FirstChars(pattern);
    }

    static FirstChars of(String regex) {
        return new FirstChars(Pattern.compile(regex));
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the analysis found the start characters (else every offset is tried). */
    boolean filtered() {
        return starts != null;
    }

    /** Whether a match may start with {@code c}. */
    boolean mayStartWith(char c) {
        return starts == null || (starts[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * {@code m.region(from, to).find()}, trying only the offsets whose char a match may start with: the same match
     * (a match at an offset is tried as find tries it there; {@code m} is this pattern's matcher over {@code text},
     * with transparent and non-anchoring bounds, so the region's start changes nothing of a try). On a match, m is
     * placed on it (its region may start at the match). A pattern that may start with many chars is searched by
     * find itself.
     */
    boolean find(Matcher m, CharSequence text, int from, int to) {
        if (startCount > NARROW) return m.region(from, to).find();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((starts[c >>> 6] & (1L << c)) == 0) continue;
            if (m.region(i, to).lookingAt()) return true;
        }
        return false;
    }

    Finder finder(CharSequence text) {
        return new Finder(this, text, null);
    }

    /**
     * A finder that tries only the offsets of {@code offsets} (ascending), made by a {@link Union} of this pattern's
     * with others' start characters: the text is read once for all of them.
     */
    Finder finder(CharSequence text, int[] offsets) {
        return new Finder(this, text, offsets);
    }

    /** The start characters of several patterns at once: where in a text any of them may match. */
    static final class Union {
        /** null: one of the patterns may start anywhere. */
        private final long[] starts;

        Union(FirstChars... patterns) {
            long[] u = none();
            for (FirstChars p : patterns) {
                if (p.starts == null) { u = null; break; }
                or(u, p.starts);
            }
            this.starts = u;
        }

        /** The offsets of {@code text} where a match of one of the patterns may start, ascending; null for every offset. */
        int[] offsets(CharSequence text) {
            if (starts == null) return null;
            int n = text.length(), k = 0;
            int[] at = new int[Math.min(n, 64)];
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if ((starts[c >>> 6] & (1L << c)) == 0) continue;
                if (k == at.length) at = java.util.Arrays.copyOf(at, k * 2);
                at[k++] = i;
            }
            return java.util.Arrays.copyOf(at, k);
        }
    }

    /** The matches of the pattern in one text, as {@link Matcher#find()} gives them; read each with the MatchResult methods. */
    static final class Finder implements MatchResult {
        private final Matcher m;
        private final long[] starts;
        /** The offsets to try (a superset of where matches start), or null to read every one. */
        private final int[] offsets;
        /** The next of {@link #offsets} to try. */
        private int next;
        private final CharSequence text;
        private final int length;
        /** Where the next search starts: the end of the last match (the patterns filtered never match empty). */
        private int from;

        private Finder(FirstChars p, CharSequence text, int[] offsets) {
            this.m = p.pattern.matcher(text);
            this.starts = p.starts;
            this.offsets = p.starts == null ? null : offsets;
            this.text = text;
            this.length = text.length();
            // a match tried at an offset sees the text before and after it, as find() does
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }

        boolean find() {
            if (starts == null) {
                // no region was ever set: find() goes on from the last match as usual
                return m.find();
            }
            if (offsets != null) {
                while (next < offsets.length) {
                    int i = offsets[next++];
                    if (i >= from && matchesAt(i)) return true;
                }
            } else {
                for (int i = from; i < length; i++) if (matchesAt(i)) return true;
            }
            from = length;
            return false;
        }

        /** Whether a match starts at {@code i} (its char one a match may start with); if so, the search goes on after it. */
        private boolean matchesAt(int i) {
            char c = text.charAt(i);
            if ((starts[c >>> 6] & (1L << c)) == 0) return false;
            m.region(i, length);
            if (!m.lookingAt()) return false;
            from = m.end();
            return true;
        }

        /** The underlying matcher, placed on the last match. */
        Matcher matcher() {
            return m;
        }

        @Override public int start() { return m.start(); }
        @Override public int start(int group) { return m.start(group); }
        @Override public int end() { return m.end(); }
        @Override public int end(int group) { return m.end(group); }
        @Override public String group() { return m.group(); }
        @Override public String group(int group) { return m.group(group); }
        @Override public int groupCount() { return m.groupCount(); }
        String group(String name) { return m.group(name); }
        int start(String name) { return m.start(name); }
        int end(String name) { return m.end(name); }
    }

    // ---- the analysis: the first characters of the regular expression's matches ----

    /** Thrown inside the analysis for syntax it does not read; the pattern is then not filtered. */
    private static final class Unread extends RuntimeException {
        Unread() { super(null, null, false, false); }
    }

    /** The chars a match of {@code regex} can start with (as bits), or null when the analysis cannot say or it can match empty. */
    static long[] startsOf(String regex) {
        try {
            Parser p = new Parser(regex);
            Node n = p.alternation();
            if (p.i != regex.length() || n.nullable) return null;
            return n.first;
        } catch (Unread | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** What a part of the expression can start with, and whether it can match nothing. */
    private record Node(long[] first, boolean nullable) {}

    private static long[] none() {
        return new long[1024];
    }

    private static long[] all() {
        long[] b = new long[1024];
        java.util.Arrays.fill(b, -1L);
        return b;
    }

    private static void set(long[] b, char c) {
        b[c >>> 6] |= 1L << c;
    }

    private static void or(long[] into, long[] b) {
        for (int k = 0; k < into.length; k++) into[k] |= b[k];
    }

    private static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        Node alternation() {
            long[] first = none();
            boolean nullable = false;
            while (true) {
                Node n = sequence();
                or(first, n.first);
                nullable |= n.nullable;
                if (i < s.length() && s.charAt(i) == '|') { i++; continue; }
                return new Node(first, nullable);
            }
        }

        Node sequence() {
            long[] first = none();
            boolean nullable = true;
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                Node t = quantified(term());
                if (nullable) or(first, t.first);
                nullable &= t.nullable;
            }
            return new Node(first, nullable);
        }

        Node quantified(Node t) {
            if (i >= s.length()) return t;
            char c = s.charAt(i);
            boolean optional;
            if (c == '?' || c == '*') { optional = true; i++; }
            else if (c == '+') { optional = false; i++; }
            else if (c == '{') {
                int close = s.indexOf('}', i);
                if (close < 0) throw new Unread();
                String body = s.substring(i + 1, close);
                String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                if (!min.matches("\\d+")) throw new Unread();
                optional = Integer.parseInt(min) == 0;
                i = close + 1;
            } else return t;
            // lazy or possessive
            if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) i++;
            return new Node(t.first, t.nullable || optional);
        }

        Node term() {
            char c = s.charAt(i);
            switch (c) {
                case '(' -> { return group(); }
                case '[' -> { return new Node(charClass(), false); }
                case '.' -> { i++; return new Node(all(), false); }
                case '^', '$' -> { i++; return new Node(none(), true); }
                case '\\' -> { return escape(); }
                case '*', '+', '?', '{', ')', '|' -> throw new Unread();
                default -> {
                    if (Character.isSurrogate(c)) throw new Unread();
                    i++;
                    long[] b = none();
                    set(b, c);
                    return new Node(b, false);
                }
            }
        }

        Node group() {
            i++;  // (
            boolean lookaround = false;
            if (s.startsWith("?:", i)) i += 2;
            else if (s.startsWith("?=", i) || s.startsWith("?!", i)) { i += 2; lookaround = true; }
            else if (s.startsWith("?<=", i) || s.startsWith("?<!", i)) { i += 3; lookaround = true; }
            else if (s.startsWith("?<", i)) {
                int close = s.indexOf('>', i);
                if (close < 0) throw new Unread();
                i = close + 1;
            } else if (i < s.length() && s.charAt(i) == '?') throw new Unread();  // flags, atomic groups …
            Node inner = alternation();
            if (i >= s.length() || s.charAt(i) != ')') throw new Unread();
            i++;
            // a lookaround consumes nothing: what follows it starts the match (a superset of what it allows)
            return lookaround ? new Node(none(), true) : inner;
        }

        Node escape() {
            char e = s.charAt(i + 1);
            if (e == 'Q') {
                int end = s.indexOf("\\E", i + 2);
                String quoted = end < 0 ? s.substring(i + 2) : s.substring(i + 2, end);
                i = end < 0 ? s.length() : end + 2;
                if (quoted.isEmpty()) return new Node(none(), true);
                if (Character.isSurrogate(quoted.charAt(0))) throw new Unread();
                long[] b = none();
                set(b, quoted.charAt(0));
                return new Node(b, false);
            }
            i += 2;
            long[] b = none();
            switch (e) {
                case 'd' -> { for (char d = '0'; d <= '9'; d++) set(b, d); }
                case 's' -> { for (char w : " \t\n\u000B\f\r".toCharArray()) set(b, w); }
                case 'b', 'B', 'A', 'G', 'z', 'Z' -> { return new Node(none(), true); }
                case 'p', 'P' -> { skipProperty(); return new Node(all(), false); }
                case 'w', 'W', 'S', 'D' -> { return new Node(all(), false); }
                case 'n' -> set(b, '\n');
                case 't' -> set(b, '\t');
                case 'r' -> set(b, '\r');
                case 'f' -> set(b, '\f');
                case 'u' -> set(b, hexChar());
                default -> {
                    // an escaped mark stands for itself; letters and digits name classes, references … not read here
                    if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) throw new Unread();
                    set(b, e);
                }
            }
            return new Node(b, false);
        }

        /**
         * The char of a {@code \\uhhhh} whose {@code \\u} was just read (the relation rules' placeholders,
         * \\uE000-\\uE0FF): exactly four hex digits, as Pattern reads it; a surrogate is not read.
         */
        char hexChar() {
            if (i + 4 > s.length()) throw new Unread();
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(s.charAt(i + k), 16);
                if (d < 0) throw new Unread();
                v = v * 16 + d;
            }
            i += 4;
            if (Character.isSurrogate((char) v)) throw new Unread();
            return (char) v;
        }

        /** Past the {Name} of a \p{Name} just read: what it stands for is not read (any char). */
        void skipProperty() {
            if (s.charAt(i) != '{') throw new Unread();
            int close = s.indexOf('}', i);
            if (close < 0) throw new Unread();
            i = close + 1;
        }

        /** A class of plain characters, ranges, \d, \s and \\u escapes (a negated one: any char); a nested or intersected class is not read. */
        long[] charClass() {
            i++;  // [
            boolean negated = s.charAt(i) == '^';
            if (negated) i++;
            long[] b = none();
            boolean firstMember = true;
            while (true) {
                char c = s.charAt(i);
                // a negated class may start with almost anything: all chars, read only to find its end
                if (c == ']' && !firstMember) { i++; return negated ? all() : b; }
                if (c == '[' || (c == '&' && s.startsWith("&&", i))) throw new Unread();
                firstMember = false;
                char from;
                if (c == '\\') {
                    char e = s.charAt(i + 1);
                    i += 2;
                    if (e == 'd') { for (char d = '0'; d <= '9'; d++) set(b, d); continue; }
                    if (e == 's') { for (char w : " \t\n\u000B\f\r".toCharArray()) set(b, w); continue; }
                    if (e == 'p' || e == 'P') { skipProperty(); or(b, all()); continue; }
                    if (e == 'w' || e == 'W' || e == 'S' || e == 'D') { or(b, all()); continue; }
                    if (e == 'n') from = '\n';
                    else if (e == 't') from = '\t';
                    else if (e == 'u') from = hexChar();
                    else if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) throw new Unread();
                    else from = e;
                } else {
                    if (Character.isSurrogate(c)) throw new Unread();
                    from = c;
                    i++;
                }
                if (s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
                    char to;
                    if (s.startsWith("\\u", i + 1)) {
                        i += 3;
                        to = hexChar();
                    } else {
                        to = s.charAt(i + 1);
                        if (to == '\\' || to == '[' || Character.isSurrogate(to)) throw new Unread();
                        i += 2;
                    }
                    for (int k = from; k <= to; k++) set(b, (char) k);
                } else set(b, from);
            }
        }
    }
}
