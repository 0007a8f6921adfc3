package org.govkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A lexicon file of (entry, use) rows read with {@link Tsv}: the entries of each use, in the file's order. The rules
 * that take their words from one file name the use they want; a use the file lacks fails at load time, not by
 * matching nothing. Order is kept because some rules try their words in turn (the first that matches wins).
 */
final class WordUses {
    private final String resource;
    private final Map<String, List<String>> byUse = new LinkedHashMap<>();

    WordUses(String resource) {
        this.resource = resource;
        for (String[] r : Tsv.load(resource, 2)) {
            if (r[0].isEmpty()) throw new IllegalStateException(resource + ": an empty entry for " + r[1]);
            byUse.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
        }
    }

    /** The entries of {@code use}, in file order. */
    List<String> words(String use) {
        List<String> w = byUse.get(use);
        if (w == null) throw new IllegalStateException(resource + ": no entry for " + use);
        return w;
    }

    /** The one entry of {@code use}. */
    String word(String use) {
        List<String> w = words(use);
        if (w.size() != 1) throw new IllegalStateException(resource + ": " + use + " has " + w.size() + " entries, not one");
        return w.get(0);
    }

    /** The entries of {@code use}, each one character, as one string (for indexOf tests of a character). */
    String chars(String use) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(use)) {
            if (w.length() != 1) throw new IllegalStateException(resource + ": " + use + " holds " + w + ", not one character");
            sb.append(w);
        }
        return sb.toString();
    }

    /** The one entry of {@code use} as a regular expression. */
    Pattern pattern(String use) {
        return Pattern.compile(word(use));
    }

    /** An alternation of the entries of {@code use} as literals, in file order (a regex tries them in turn). */
    String alternation(String use) {
        StringBuilder sb = new StringBuilder("(?:");
        for (String w : words(use)) sb.append(sb.length() > 3 ? "|" : "").append(Pattern.quote(w));
        return sb.append(')').toString();
    }
}
