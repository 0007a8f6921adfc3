package org.govkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule file of named entries (rules/meeting.tsv, rules/period.tsv …): a header row, then {@code name TAB value}
 * a line, the value a regular expression or a word, written as {@link Pattern} reads it (one backslash). A
 * recogniser asks for its rules by name, so the words of the genre live in the file and the code says what
 * it does with them. Asking for a name the file lacks fails at once, naming the file.
 */
final class NamedRules {
    private final String resource;
    private final Map<String, String> values = new LinkedHashMap<>();

    private NamedRules(String resource) {
        this.resource = resource;
        for (String[] r : Tsv.load(resource, 2)) {
            if (values.put(r[0], r[1]) != null) throw new IllegalStateException(resource + ": " + r[0] + " given twice");
        }
    }

    static NamedRules load(String resource) {
        return new NamedRules(resource);
    }

    /** The value named {@code name}. */
    String get(String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalStateException(resource + " has no rule " + name);
        return v;
    }

    /** The value named {@code name}, compiled. */
    Pattern pattern(String name) {
        return Pattern.compile(get(name));
    }

    /** An alternation of the words, each quoted, in their order: (?:a|b|c). */
    static String alternation(List<String> words) {
        StringBuilder alt = new StringBuilder();
        for (String w : words) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(w));
        }
        return alt.toString();
    }
}
