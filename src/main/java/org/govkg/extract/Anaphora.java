package org.govkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words that stand for a thing the article is about (lexicon/anaphora.tsv: 园区, 该园区, 该项目, 项目).
 *
 * <p>Contract: {@link #resolve} returns the mention that such a word in [clauseStart, phraseStart) stands for,
 * or null: for a bare park word (园区) the park the article names most, else (该园区, 项目) the one of the word's
 * class named last before it. A word inside a mention is no anaphor, and a word for a project or company counts
 * only when it opens its clause (after a period or a vow), since inside a clause (签约项目12个) it is a noun.
 */
final class Anaphora {
    private static final Pattern CLAUSE_OPENING = FigureRules.pattern("clause-opening");
    private static final String DEMONSTRATIVE = FigureRules.word("demonstrative");

    private final Map<String, EntityType> words;
    /** Longer words first: 该园区 before the 园区 inside it. */
    private final List<Map.Entry<String, EntityType>> longestFirst;

    Anaphora(Lexicons lex) {
        this.words = lex.anaphora;
        longestFirst = new ArrayList<>(lex.anaphora.entrySet());
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, EntityType> w) -> -w.getKey().length()).thenComparing(Map.Entry::getKey));
    }

    /** The words and the class of thing each stands for, in the lexicon's iteration order. */
    Map<String, EntityType> words() {
        return words;
    }

    Mention resolve(FigureText doc, int clauseStart, int phraseStart) {
        String text = doc.text();
        List<Mention> mentions = doc.mentions();
        for (var e : longestFirst) {
            // 今年力争园区工业总产值…: the word may follow a period or a cue, but stands before the indicator
            int p = FigureRules.indexWithin(text, e.getKey(), clauseStart, phraseStart);
            if (p < 0 || p >= phraseStart) continue;
            if (mentions.stream().anyMatch(m -> m.start() <= p && p < m.end())) continue;
            if (e.getValue() != EntityType.ZONE && !CLAUSE_OPENING.matcher(text.substring(clauseStart, p)).matches()) continue;
            Mention best = null;
            if (e.getValue() == EntityType.ZONE && !e.getKey().startsWith(DEMONSTRATIVE)) {
                // the park an article is about is the one it names most (园区 rarely means a park named in passing)
                Map<String, Integer> counts = new HashMap<>();
                for (Mention m : mentions) if (m.type() == e.getValue()) counts.merge(m.name(), 1, Integer::sum);
                for (Mention m : mentions) {
                    if (m.type() != e.getValue()) continue;
                    if (best == null || counts.get(m.name()) > counts.get(best.name())) best = m;
                }
            } else {
                for (Mention m : mentions) if (m.type() == e.getValue() && m.end() <= p) best = m;
            }
            if (best != null) return best;
        }
        return null;
    }
}
