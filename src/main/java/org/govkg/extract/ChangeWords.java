package org.govkg.extract;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words that state a change (rules/change-verbs.tsv: 同比增长, 下降) and a comparison with another area
 * (rules/comparisons.tsv: 高于, 低于), each with its sign, longest first so that 同比增长 is tried before 增长.
 */
final class ChangeWords {
    static final Map<String, Integer> VERBS = load("/org/govkg/rules/change-verbs.tsv");
    static final Map<String, Integer> COMPARISONS = load("/org/govkg/rules/comparisons.tsv");

    /** VERBS in its order, as a list: walked for every quantity, a TreeMap's iteration cost more than the tests. */
    private static final java.util.List<Map.Entry<String, Integer>> VERB_LIST = java.util.List.copyOf(VERBS.entrySet());

    private static final String PERFECTIVE = FigureRules.word("perfective");

    private ChangeWords() {}

    /** The sign of the change verb {@code text} has at {@code p}, or 0. */
    static int verbSignAt(String text, int p) {
        for (var e : VERB_LIST) if (text.startsWith(e.getKey(), p)) return e.getValue();
        return 0;
    }

    /** The change verb that ends at {@code p}, or null; a perfective 了 after it is part of it (比上年上升了2个百分点). */
    static Map.Entry<String, Integer> verbEndingAt(String text, int p) {
        for (var e : VERB_LIST) if (text.startsWith(e.getKey(), p - e.getKey().length())) return e;
        if (p > 0 && text.startsWith(PERFECTIVE, p - PERFECTIVE.length())) {
            int q = p - PERFECTIVE.length();
            for (var e : VERB_LIST)
                if (text.startsWith(e.getKey(), q - e.getKey().length())) return Map.entry(e.getKey() + PERFECTIVE, e.getValue());
        }
        return null;
    }

    private static Map<String, Integer> load(String resource) {
        Map<String, Integer> out = new TreeMap<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        for (String[] r : Tsv.load(resource, 2)) out.put(r[0], Integer.parseInt(r[1]));
        return out;
    }
}
