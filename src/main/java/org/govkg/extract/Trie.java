package org.govkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A character trie for dictionary matching over text: all entries starting at each position. */
public final class Trie<V> {
    private final Node<V> root = new Node<>();

    /**
     * Children in a sorted char array searched by bisection: a HashMap keyed by Character boxed every char of
     * every lookup (CJK chars are outside the Character cache), and lookups are most of extraction's dictionary work.
     */
    private static final class Node<V> {
        private static final char[] NO_KEYS = new char[0];
        char[] keys = NO_KEYS;
        Node<V>[] kids;
        List<V> values;

        Node<V> get(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        @SuppressWarnings("unchecked")
        Node<V> getOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return kids[i];
            int at = -i - 1, n = keys.length;
            char[] k = new char[n + 1];
            Node<V>[] d = new Node[n + 1];
            System.arraycopy(keys, 0, k, 0, at);
            if (kids != null) System.arraycopy(kids, 0, d, 0, at);
            System.arraycopy(keys, at, k, at + 1, n - at);
            if (kids != null) System.arraycopy(kids, at, d, at + 1, n - at);
            k[at] = c;
            d[at] = new Node<>();
            keys = k;
            kids = d;
            return d[at];
        }
    }

    /** A dictionary entry found in the text at [start, end). */
    public record Match<V>(int start, int end, V value) {}

    public void put(String key, V value) {
        Node<V> n = root;
        for (int i = 0; i < key.length(); i++) n = n.getOrAdd(key.charAt(i));
        if (n.values == null) n.values = new ArrayList<>(1);
        if (!n.values.contains(value)) n.values.add(value);
    }

    /** Every entry occurring in the text, by start then length. */
    public List<Match<V>> findAll(CharSequence text) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Node<V> n = root;
            for (int j = i; j < text.length(); j++) {
                n = n.get(text.charAt(j));
                if (n == null) break;
                if (n.values != null) for (V v : n.values) out.add(new Match<>(i, j + 1, v));
            }
        }
        return out;
    }

    /** The entries starting at {@code p} and ending by {@code limit}, shortest first. */
    public List<Match<V>> matchesAt(CharSequence text, int p, int limit) {
        List<Match<V>> out = new ArrayList<>(2);
        Node<V> n = root;
        for (int j = p; j < Math.min(limit, text.length()); j++) {
            n = n.get(text.charAt(j));
            if (n == null) break;
            if (n.values != null) for (V v : n.values) out.add(new Match<>(p, j + 1, v));
        }
        return out;
    }

    /** The longest entry starting at {@code p} and ending by {@code limit} (its first value), or null. */
    public Match<V> longestAt(CharSequence text, int p, int limit) {
        Node<V> n = root, best = null;
        int bestEnd = -1;
        for (int j = p; j < Math.min(limit, text.length()); j++) {
            n = n.get(text.charAt(j));
            if (n == null) break;
            if (n.values != null) { best = n; bestEnd = j + 1; }
        }
        return best == null ? null : new Match<>(p, bestEnd, best.values.get(0));
    }

    /** Longest entries, left to right, never overlapping. */
    public List<Match<V>> findLongest(CharSequence text) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Node<V> n = root;
            Match<V> best = null;
            for (int j = i; j < text.length(); j++) {
                n = n.get(text.charAt(j));
                if (n == null) break;
                if (n.values != null) best = new Match<>(i, j + 1, n.values.get(0));
            }
            if (best != null) { out.add(best); i = best.end(); } else i++;
        }
        return out;
    }
}
