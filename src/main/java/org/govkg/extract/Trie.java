package org.govkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A character trie for dictionary matching over text: all entries starting at each position. */
public final class Trie<V> {
    private final Node<V> root = new Node<>();
    /** The root's children by char, made at the first lookup after the last put (see {@link RootIndex}); null until then. */
    private volatile RootIndex<V> rootIndex;

    /**
     * Every position of a text starts at the root, whose children are the first chars of all entries (thousands for
     * the gazetteer): where they lie dense, a table over their span answers in one step instead of a bisection;
     * where they are few or sparse, a bit per char of their span says whether the bisection can find anything (most
     * chars of a text start no entry). Made from the finished trie and never changed, so threads that read a trie
     * share it; a put drops it.
     */
    private record RootIndex<V>(char base, Node<V>[] kids, long[] present) {}

    /**
     * A table is made when the first chars fill at least one slot in this many of their span: 256 KiB at most. The
     * gazetteer's 927 first chars span 20 889 (one in 22.5), and most chars of an article start a place name: a
     * table answers them in one step where the bisection took ten.
     */
    private static final int SPARSEST_TABLE = 32;

    @SuppressWarnings("unchecked")
    private RootIndex<V> rootIndex() {
        RootIndex<V> ix = rootIndex;
        if (ix != null) return ix;
        char[] keys = root.keys;
        if (keys.length == 0) ix = new RootIndex<>('\0', null, new long[0]);
        else {
            char base = keys[0];
            int span = keys[keys.length - 1] - base + 1;
            if (span <= SPARSEST_TABLE * keys.length) {
                Node<V>[] kids = new Node[span];
                for (int i = 0; i < keys.length; i++) kids[keys[i] - base] = root.kids[i];
                ix = new RootIndex<>(base, kids, null);
            } else {
                long[] present = new long[(span + 63) >>> 6];
                for (char k : keys) present[(k - base) >>> 6] |= 1L << (k - base);
                ix = new RootIndex<>(base, null, present);
            }
        }
        rootIndex = ix;
        return ix;
    }

    /** The root's child for {@code c}, or null. */
    private Node<V> first(RootIndex<V> ix, char c) {
        int k = c - ix.base();
        Node<V>[] kids = ix.kids();
        if (kids != null) return k >= 0 && k < kids.length ? kids[k] : null;
        long[] present = ix.present();
        return k >= 0 && (k >>> 6) < present.length && (present[k >>> 6] & 1L << k) != 0 ? root.get(c) : null;
    }

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
        rootIndex = null;
        Node<V> n = root;
        for (int i = 0; i < key.length(); i++) n = n.getOrAdd(key.charAt(i));
        if (n.values == null) n.values = new ArrayList<>(1);
        if (!n.values.contains(value)) n.values.add(value);
    }

    /** Every entry occurring in the text, by start then length. */
    public List<Match<V>> findAll(CharSequence text) {
        List<Match<V>> out = new ArrayList<>();
        RootIndex<V> ix = rootIndex();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            Node<V> n = first(ix, text.charAt(i));
            for (int j = i; n != null; ) {
                if (n.values != null) for (V v : n.values) out.add(new Match<>(i, j + 1, v));
                if (++j >= length) break;
                n = n.get(text.charAt(j));
            }
        }
        return out;
    }

    /** The entries starting at {@code p} and ending by {@code limit}, shortest first. */
    public List<Match<V>> matchesAt(CharSequence text, int p, int limit) {
        List<Match<V>> out = new ArrayList<>(2);
        int to = Math.min(limit, text.length());
        if (p >= to) return out;
        Node<V> n = first(rootIndex(), text.charAt(p));
        for (int j = p; n != null; ) {
            if (n.values != null) for (V v : n.values) out.add(new Match<>(p, j + 1, v));
            if (++j >= to) break;
            n = n.get(text.charAt(j));
        }
        return out;
    }

    /** The longest entry starting at {@code p} and ending by {@code limit} (its first value), or null. */
    public Match<V> longestAt(CharSequence text, int p, int limit) {
        int to = Math.min(limit, text.length());
        if (p >= to) return null;
        Node<V> n = first(rootIndex(), text.charAt(p)), best = null;
        int bestEnd = -1;
        for (int j = p; n != null; ) {
            if (n.values != null) { best = n; bestEnd = j + 1; }
            if (++j >= to) break;
            n = n.get(text.charAt(j));
        }
        return best == null ? null : new Match<>(p, bestEnd, best.values.get(0));
    }

    /** Longest entries, left to right, never overlapping. */
    public List<Match<V>> findLongest(CharSequence text) {
        List<Match<V>> out = new ArrayList<>();
        RootIndex<V> ix = rootIndex();
        int length = text.length();
        int i = 0;
        while (i < length) {
            Node<V> n = first(ix, text.charAt(i));
            Node<V> best = null;
            int bestEnd = -1;
            for (int j = i; n != null; ) {
                if (n.values != null) { best = n; bestEnd = j + 1; }
                if (++j >= length) break;
                n = n.get(text.charAt(j));
            }
            if (best != null) { out.add(new Match<>(i, bestEnd, best.values.get(0))); i = bestEnd; } else i++;
        }
        return out;
    }
}
