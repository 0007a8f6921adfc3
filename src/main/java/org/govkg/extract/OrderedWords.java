package org.govkg.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * The words of a set in the order the set iterates them, with a trie to find which of them occur where. The name
 * rules take the words of a set in the set's own order (a HashSet's), and what they strip depends on that order;
 * finding the words through the trie, and taking them by rank, keeps every result as it was without a scan of the
 * whole set per name.
 */
final class OrderedWords {
    private final Trie<Integer> trie = new Trie<>();
    private final String[] words;

    OrderedWords(Collection<String> set) {
        words = set.toArray(new String[0]);
        for (int rank = 0; rank < words.length; rank++) {
            if (words[rank].isEmpty()) throw new IllegalArgumentException("an empty word");
            trie.put(words[rank], rank);
        }
    }

    /** The least rank above {@code after} of a word occurring in {@code text} at {@code p} and ending by {@code limit}, or -1. */
    int firstAt(CharSequence text, int p, int limit, int after) {
        int best = -1;
        for (Trie.Match<Integer> m : trie.matchesAt(text, p, limit))
            if (m.value() > after && (best < 0 || m.value() < best)) best = m.value();
        return best;
    }

    /** For each rank, where the word last starts in {@code text}, or -1. */
    int[] lastStarts(CharSequence text) {
        int[] last = new int[words.length];
        Arrays.fill(last, -1);
        for (Trie.Match<Integer> m : trie.findAll(text)) last[m.value()] = Math.max(last[m.value()], m.start());
        return last;
    }

    String word(int rank) {
        return words[rank];
    }
}
