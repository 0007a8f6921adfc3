package org.govkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The figure rules' data: rules/figure-words.tsv (words by role, in file order) and rules/figure-patterns.tsv
 * (regular expressions by name). Loaded once; a role or a name the files lack fails at class load, not at
 * the first article that needs it.
 */
final class FigureRules {
    static final String WORDS = "/org/govkg/rules/figure-words.tsv";
    static final String PATTERNS = "/org/govkg/rules/figure-patterns.tsv";

    private static final Map<String, List<String>> BY_ROLE = new LinkedHashMap<>();
    private static final Map<String, String> REGEX = new LinkedHashMap<>();

    static {
        for (String[] r : Tsv.load(WORDS, 2)) BY_ROLE.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
        for (String[] r : Tsv.load(PATTERNS, 2))
            if (REGEX.put(r[0], r[1]) != null) throw new IllegalStateException(PATTERNS + ": " + r[0] + " twice");
    }

    private FigureRules() {}

    /** The words of {@code role}, in the file's order. */
    static List<String> words(String role) {
        List<String> w = BY_ROLE.get(role);
        if (w == null) throw new IllegalStateException(WORDS + ": no word of role " + role);
        return List.copyOf(w);
    }

    /** The one word of {@code role}. */
    static String word(String role) {
        List<String> w = words(role);
        if (w.size() != 1) throw new IllegalStateException(WORDS + ": role " + role + " has " + w.size() + " words, not one");
        return w.get(0);
    }

    /** The regular expression named {@code name}, as written. */
    static String regex(String name) {
        String r = REGEX.get(name);
        if (r == null) throw new IllegalStateException(PATTERNS + ": no pattern " + name);
        return r;
    }

    static Pattern pattern(String name) {
        return Pattern.compile(regex(name));
    }

    /** The first of {@code words} that {@code text} has at {@code p}, or null. */
    static String startsWithAny(String text, int p, List<String> words) {
        for (String w : words) if (text.startsWith(w, p)) return w;
        return null;
    }

    /** Whether {@code text} ends at {@code p} with one of {@code words}. */
    static boolean endsWithAny(String text, int p, List<String> words) {
        for (String w : words) if (p - w.length() >= 0 && text.startsWith(w, p - w.length())) return true;
        return false;
    }

    /**
     * {@code text.lastIndexOf(word, from)} when that is at or after {@code lo}, else -1: the search stops at
     * {@code lo} rather than reading back to the start of the text for each quantity.
     */
    static int lastIndexWithin(String text, String word, int from, int lo) {
        if (word.isEmpty()) { int i = text.lastIndexOf(word, from); return i >= lo ? i : -1; }
        char first = word.charAt(0);
        for (int i = Math.min(from, text.length() - word.length()), stop = Math.max(lo, 0); i >= stop; i--)
            if (text.charAt(i) == first && text.startsWith(word, i)) return i;
        return -1;
    }

    /**
     * {@code text.indexOf(word, from)} when that is before {@code hi} (the word may reach past it), else -1: the
     * search stops at {@code hi} rather than reading on to the end of the text.
     */
    static int indexWithin(String text, String word, int from, int hi) {
        if (word.isEmpty()) { int i = text.indexOf(word, from); return i < hi ? i : -1; }
        char first = word.charAt(0);
        for (int i = Math.max(from, 0), stop = Math.min(hi, text.length() - word.length() + 1); i < stop; i++)
            if (text.charAt(i) == first && text.startsWith(word, i)) return i;
        return -1;
    }

    /** Whether {@code word} stands wholly within [from, to) of {@code text}: {@code text.substring(from, to).contains(word)}, without the copy. */
    static boolean containsWithin(String text, String word, int from, int to) {
        return indexWithin(text, word, from, to - word.length() + 1) >= 0;
    }
}
