package org.govkg.extract;

import java.util.List;

/** The indicator scheme as the extractor uses it: every surface form of every concept, matched in text. */
public final class IndicatorLexicon {
    /** A concept of the scheme: its slug (the IRI's last segment), preferred label and surface forms. */
    public record Concept(String id, String prefLabel, List<String> altLabels) {
        public Concept {
            altLabels = List.copyOf(altLabels);
        }
    }

    private final Trie<Concept> trie = new Trie<>();
    private final int size;

    public IndicatorLexicon(List<Concept> concepts) {
        for (Concept c : concepts) {
            trie.put(c.prefLabel(), c);
            for (String a : c.altLabels()) trie.put(a, c);
        }
        this.size = concepts.size();
        if (size == 0) throw new IllegalStateException("the indicator scheme (ontology/indicators.ttl) has no concepts");
    }

    /** The concept whose surface form is the longest found in the phrase, or null. */
    public Trie.Match<Concept> longestIn(String phrase) {
        Trie.Match<Concept> best = null;
        for (Trie.Match<Concept> m : trie.findAll(phrase)) {
            if (best == null || m.end() - m.start() > best.end() - best.start()) best = m;
        }
        return best;
    }

    public List<Trie.Match<Concept>> findAll(String text) {
        return trie.findAll(text);
    }

    public int size() {
        return size;
    }
}
