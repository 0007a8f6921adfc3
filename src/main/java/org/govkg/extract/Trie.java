package org.govkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A character trie for dictionary matching over text: all entries starting at each position. */
public final class Trie<V> {
    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>();
        List<V> values;
    }

    /** A dictionary entry found in the text at [start, end). */
    public record Match<V>(int start, int end, V value) {}

    public void put(String key, V value) {
        Node<V> n = root;
        for (int i = 0; i < key.length(); i++) n = n.next.computeIfAbsent(key.charAt(i), k -> new Node<>());
        if (n.values == null) n.values = new ArrayList<>(1);
        if (!n.values.contains(value)) n.values.add(value);
    }

    /** Every entry occurring in the text, by start then length. */
    public List<Match<V>> findAll(CharSequence text) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Node<V> n = root;
            for (int j = i; j < text.length(); j++) {
                n = n.next.get(text.charAt(j));
                if (n == null) break;
                if (n.values != null) for (V v : n.values) out.add(new Match<>(i, j + 1, v));
            }
        }
        return out;
    }

    /** Longest entries, left to right, never overlapping. */
    public List<Match<V>> findLongest(CharSequence text) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Node<V> n = root;
            Match<V> best = null;
            for (int j = i; j < text.length(); j++) {
                n = n.next.get(text.charAt(j));
                if (n == null) break;
                if (n.values != null) best = new Match<>(i, j + 1, n.values.get(0));
            }
            if (best != null) { out.add(best); i = best.end(); } else i++;
        }
        return out;
    }
}
