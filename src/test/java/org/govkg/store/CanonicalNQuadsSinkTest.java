package org.govkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sink extract --out writes a document's file through: each triple once, in N-Triples order, blank nodes named by content. */
class CanonicalNQuadsSinkTest {
    private static final Node G = NodeFactory.createURI("https://w3id.org/govkg/id/graph/doc-1");
    private static final Node A = NodeFactory.createURI("https://w3id.org/govkg/id/a"), B = NodeFactory.createURI("https://w3id.org/govkg/id/b");
    private static final Node P = NodeFactory.createURI("https://w3id.org/govkg/ontology#p");

    private static String write(Consumer<StreamRDF> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF sink = Exporter.canonicalNQuads(G, bytes);
        sink.start();
        content.accept(sink);
        sink.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void triples_are_written_once_in_order_in_the_named_graph() {
        String out = write(s -> {
            s.triple(Triple.create(B, P, NodeFactory.createLiteralLang("乙", "zh")));
            s.triple(Triple.create(A, P, NodeFactory.createLiteralString("甲")));
            s.triple(Triple.create(B, P, NodeFactory.createLiteralLang("乙", "zh")));
            s.quad(Quad.create(G, A, P, B));
            s.quad(Quad.create(NodeFactory.createURI("https://w3id.org/govkg/id/graph/other"), A, P, A));
        });
        assertEquals("""
                <https://w3id.org/govkg/id/a> <https://w3id.org/govkg/ontology#p> "甲" <https://w3id.org/govkg/id/graph/doc-1> .
                <https://w3id.org/govkg/id/a> <https://w3id.org/govkg/ontology#p> <https://w3id.org/govkg/id/b> <https://w3id.org/govkg/id/graph/doc-1> .
                <https://w3id.org/govkg/id/b> <https://w3id.org/govkg/ontology#p> "乙"@zh <https://w3id.org/govkg/id/graph/doc-1> .
                """, out);
    }

    @Test
    void blank_nodes_get_the_same_labels_whatever_they_were_called() {
        Node x = NodeFactory.createBlankNode("x"), y = NodeFactory.createBlankNode("some-other-label");
        String one = write(s -> {
            s.triple(Triple.create(A, P, x));
            s.triple(Triple.create(x, P, B));
        });
        String two = write(s -> {
            s.triple(Triple.create(y, P, B));
            s.triple(Triple.create(A, P, y));
        });
        assertEquals(one, two);
        assertEquals(2, one.lines().filter(l -> l.contains(" _:B") || l.startsWith("_:B")).count(), one);
    }
}
