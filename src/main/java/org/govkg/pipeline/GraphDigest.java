package org.govkg.pipeline;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;

/**
 * A digest of a set of triples that does not depend on their order: the count and the sum of each triple's MD5
 * (of its N-Triples form), so a graph stored in TDB2's order and one computed in another compare without either
 * being held in memory. The triples added must be distinct, as a graph's are.
 */
final class GraphDigest {
    private final MessageDigest md5;
    private long count, high, low;

    GraphDigest() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    static GraphDigest of(Iterator<Triple> triples) {
        GraphDigest d = new GraphDigest();
        triples.forEachRemaining(d::add);
        return d;
    }

    void add(Triple t) {
        String s = NodeFmtLib.str(t);
        ByteBuffer h = ByteBuffer.wrap(md5.digest(s.getBytes(StandardCharsets.UTF_8)));
        long h1 = h.getLong(), h2 = h.getLong();
        long sum = low + h2;
        // a 128-bit sum: the carry of the low half goes into the high one
        if (Long.compareUnsigned(sum, low) < 0) high++;
        low = sum;
        high += h1;
        count++;
    }

    long count() {
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphDigest d && d.count == count && d.high == high && d.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high ^ low ^ count);
    }
}
