package org.govkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rule and lexicon files under org/govkg/{rules,lexicon}, loaded once and shared read-only by every thread. */
final class Lexicons {
    final Map<String, String> nameSuffixes = new HashMap<>();
    final Trie<String> suffixTrie = new Trie<>();
    final Set<String> nameStop = new HashSet<>();
    final Set<String> nameGeneric = new HashSet<>(Tsv.words("/org/govkg/lexicon/name-generic.tsv"));
    final Set<String> stopVerbs = new HashSet<>();
    final List<String[]> bodies = Tsv.load("/org/govkg/lexicon/bodies.tsv", 3);
    final List<String[]> nationalBodies = Tsv.load("/org/govkg/lexicon/national-bodies.tsv", 2);
    final List<String> roles = Tsv.words("/org/govkg/lexicon/roles.tsv");
    final Set<String> initiativeHeads = new HashSet<>(Tsv.words("/org/govkg/lexicon/initiative-heads.tsv"));
    final Map<String, EntityType> listHeads = new HashMap<>();
    final Map<String, String> areaWords = new HashMap<>();
    final List<String> stripWords = Tsv.words("/org/govkg/lexicon/verbs-strip.tsv");
    final Map<String, EntityType> anaphora = new HashMap<>();
    final List<String> initiativeVerbs = Tsv.words("/org/govkg/lexicon/initiative-verbs.tsv");
    final Set<String> initiativeStop = new HashSet<>(Tsv.words("/org/govkg/lexicon/initiative-stop.tsv"));
    /** The same three sets, in their iteration order, for the name rules that strip their words (see OrderedWords). */
    final OrderedWords stopVerbsOrdered, nameStopOrdered, nameGenericOrdered;
    /** The words and patterns the name, person and organisation rules take by use (see WordUses). */
    final WordUses nameWords = new WordUses("/org/govkg/lexicon/name-words.tsv");
    final WordUses personWords = new WordUses("/org/govkg/lexicon/person-words.tsv");
    final WordUses orgWords = new WordUses("/org/govkg/lexicon/org-words.tsv");
    final WordUses namePatterns = new WordUses("/org/govkg/rules/name-patterns.tsv");
    /** rules/confidence.tsv: method → the confidence of an item found that way. */
    final Map<String, Double> confidences = new java.util.LinkedHashMap<>();

    Lexicons() {
        for (String[] r : Tsv.load("/org/govkg/lexicon/name-suffixes.tsv", 2)) {
            nameSuffixes.put(r[0], r[1]);
            suffixTrie.put(r[0], r[0]);
        }
        nameStop.addAll(Tsv.words("/org/govkg/lexicon/name-stop.tsv"));
        stopVerbs.addAll(Tsv.words("/org/govkg/lexicon/name-stop-verbs.tsv"));
        stopVerbsOrdered = new OrderedWords(stopVerbs);
        nameStopOrdered = new OrderedWords(nameStop);
        nameGenericOrdered = new OrderedWords(nameGeneric);
        for (String[] r : Tsv.load("/org/govkg/lexicon/list-heads.tsv", 2)) listHeads.put(r[0], EntityType.ofClassName(r[1]));
        for (String[] r : Tsv.load("/org/govkg/lexicon/area-words.tsv", 2)) areaWords.put(r[0], r[1]);
        for (String[] r : Tsv.load("/org/govkg/lexicon/anaphora.tsv", 2)) anaphora.put(r[0], EntityType.ofClassName(r[1]));
        for (String[] r : Tsv.load(CONFIDENCE, 3)) {
            double v = Double.parseDouble(r[1]);
            if (!(v >= 0 && v <= 1)) throw new IllegalStateException(CONFIDENCE + ": " + r[0] + " has " + r[1] + ", not in [0, 1]");
            if (confidences.put(r[0], v) != null) throw new IllegalStateException(CONFIDENCE + ": " + r[0] + " twice");
        }
    }

    static final String CONFIDENCE = "/org/govkg/rules/confidence.tsv";

    /** The confidence of an item found by {@code method}, a method of rules/confidence.tsv. */
    double confidence(String method) {
        Double v = confidences.get(method);
        if (v == null) throw new IllegalArgumentException("no method " + method + " in " + CONFIDENCE);
        return v;
    }
}
