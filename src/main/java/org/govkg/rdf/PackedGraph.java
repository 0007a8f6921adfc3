package org.govkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A graph frozen into two arrays: its distinct terms once each, and its triples as three indexes into them, in the
 * order the source graph gave them. A document's graph waits in a build's write batch from its extraction until its
 * batch is written; held as the mapper's in-memory graph (three hash indexes over triple objects) a 256-document
 * batch of generated articles took about 100 MB, and TDB2 copies every B+tree block a write transaction touches, so
 * the batch size decides how fast a long build's files grow (see KgStore#compactIfGrown). Packed, a batch several
 * times larger fits the same heap.
 * <p>
 * Contract: it gives back exactly the triples of the source graph (the same terms, no duplicate), and the same order
 * each time it is read; it cannot be changed. A find with a pattern filters the whole: the write path reads it whole.
 */
public final class PackedGraph extends GraphBase {
    private final Node[] terms;
    private final int[] triples;

    private PackedGraph(Node[] terms, int[] triples) {
        this.terms = terms;
        this.triples = triples;
    }

    /** The source's triples, packed, in the source's order; the source is not kept. */
    public static PackedGraph of(Graph source) {
        if (source instanceof PackedGraph packed) return packed;
        Builder b = new Builder();
        ExtendedIterator<Triple> it = source.find();
        try {
            while (it.hasNext()) b.triple(it.next());
        } finally {
            it.close();
        }
        return b.graph();
    }

    /**
     * A sink that packs the triples sent to it as they come, each distinct triple once, in the order first sent: the
     * mapper's triples go straight into the packed form, without the in-memory graph (three hash indexes over triple
     * objects) that {@link #of} reads them from. {@link #graph} gives the graph; the builder is for one document on one
     * thread.
     */
    public static final class Builder extends StreamRDFBase {
        private final Map<Node, Integer> index = new HashMap<>();
        // sized for a document's graph (one to a few thousand triples), so that most never grow
        private int[] spo = new int[3 * 1024];
        private int n;
        /** The triples sent so far, as {@link #key}s, in an open-addressing set; 0 marks a free slot. */
        private long[] seen = new long[4096];
        private int distinct;

        @Override
        public void triple(Triple t) {
            int s = term(index, t.getSubject()), p = term(index, t.getPredicate()), o = term(index, t.getObject());
            if (!firstTime(s, p, o)) return;
            if (n + 3 > spo.length) spo = java.util.Arrays.copyOf(spo, spo.length * 2);
            spo[n++] = s;
            spo[n++] = p;
            spo[n++] = o;
        }

        /** Adds the triple's key to the set; false when it was there. A document's terms number far below 2^21. */
        private boolean firstTime(int s, int p, int o) {
            if (Math.max(s, Math.max(p, o)) >= 1 << 21) throw new IllegalStateException("more than 2^21 terms in one graph");
            long key = ((long) s << 42 | (long) p << 21 | o) + 1;
            if (2 * (distinct + 1) > seen.length) grow();
            if (!insert(seen, key)) return false;
            distinct++;
            return true;
        }

        private static boolean insert(long[] table, long key) {
            int mask = table.length - 1;
            // bounded: the table is at most half full, so a free slot comes within its length
            for (int i = (int) (org.govkg.ingest.MinHash.mix(key) & mask), tries = 0; tries < table.length; i = (i + 1) & mask, tries++) {
                if (table[i] == key) return false;
                if (table[i] == 0) {
                    table[i] = key;
                    return true;
                }
            }
            throw new IllegalStateException("a full table");
        }

        private void grow() {
            long[] bigger = new long[seen.length * 2];
            for (long k : seen) if (k != 0) insert(bigger, k);
            seen = bigger;
        }

        /** The triples sent, packed; the builder may not be used after. */
        public PackedGraph graph() {
            Node[] terms = new Node[index.size()];
            index.forEach((node, i) -> terms[i] = node);
            return new PackedGraph(terms, java.util.Arrays.copyOf(spo, n));
        }
    }

    private static int term(Map<Node, Integer> index, Node node) {
        Integer i = index.get(node);
        if (i != null) return i;
        int next = index.size();
        index.put(node, next);
        return next;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return new NiceIterator<>() {
            private int at;  // the next triple's first index; bounded by the array's length
            private Triple next = advance();

            private Triple advance() {
                while (at < triples.length) {
                    Triple t = Triple.create(terms[triples[at]], terms[triples[at + 1]], terms[triples[at + 2]]);
                    at += 3;
                    if (pattern.matches(t)) return t;
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Triple next() {
                if (next == null) throw new NoSuchElementException();
                Triple t = next;
                next = advance();
                return t;
            }
        };
    }

    @Override
    protected int graphBaseSize() {
        return triples.length / 3;
    }
}
