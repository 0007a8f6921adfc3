package org.govkg.pipeline;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GraphDigestTest {
    private static final Node P = NodeFactory.createURI("https://w3id.org/govkg/ontology#corroboratedBy");

    private static List<Triple> triples(int n) {
        List<Triple> out = new ArrayList<>();
        for (int i = 0; i < n; i++)
            out.add(Triple.create(NodeFactory.createURI("https://w3id.org/govkg/id/obs/" + i), P,
                    NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
        return out;
    }

    @Test
    void the_same_triples_in_another_order_have_the_same_digest() {
        List<Triple> a = triples(500), b = new ArrayList<>(a);
        Collections.shuffle(b, new java.util.Random(7));
        assertEquals(GraphDigest.of(a.iterator()), GraphDigest.of(b.iterator()));
    }

    @Test
    void one_triple_more_fewer_or_changed_changes_the_digest() {
        List<Triple> a = triples(500);
        GraphDigest whole = GraphDigest.of(a.iterator());
        assertNotEquals(whole, GraphDigest.of(a.subList(1, a.size()).iterator()), "one fewer");
        List<Triple> more = new ArrayList<>(a);
        more.add(Triple.create(a.get(0).getSubject(), P, a.get(1).getSubject()));
        assertNotEquals(whole, GraphDigest.of(more.iterator()), "one more");
        List<Triple> changed = new ArrayList<>(a);
        changed.set(3, Triple.create(a.get(3).getSubject(), P, NodeFactory.createLiteralString("3")));
        assertNotEquals(whole, GraphDigest.of(changed.iterator()), "3 as a string rather than an integer");
        assertEquals(500, whole.count());
    }
}
