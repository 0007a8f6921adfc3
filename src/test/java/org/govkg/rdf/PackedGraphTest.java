package org.govkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A packed graph gives back exactly its source's triples, in the source's order, every time; it cannot change. */
class PackedGraphTest {
    private static final String EX = "https://example.org/";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Triple t(Node s, String p, Node o) {
        return Triple.create(s, iri(p), o);
    }

    private static final Node AREA = iri("area/1");
    private static final Node OBS = iri("obs/1");

    /** Terms of every kind a document's graph holds, and terms shared between triples. */
    static Stream<Arguments> graphs() {
        return Stream.of(
                Arguments.of("an empty graph", List.of()),
                Arguments.of("one triple", List.of(t(AREA, "label", NodeFactory.createLiteralLang("某某区", "zh")))),
                Arguments.of("a subject shared by triples and an object reused", List.of(
                        t(OBS, "area", AREA), t(OBS, "refArea", AREA), t(AREA, "type", iri("Area")))),
                Arguments.of("typed literals keep their lexical form, not only their value", List.of(
                        t(OBS, "value", NodeFactory.createLiteralDT("128600000000", XSDDatatype.XSDdecimal)),
                        t(OBS, "value2", NodeFactory.createLiteralDT("128600000000.0", XSDDatatype.XSDdecimal)),
                        t(OBS, "rate", NodeFactory.createLiteralDT("8.40", XSDDatatype.XSDdecimal)))),
                Arguments.of("a plain literal and the same text with a language stay two terms", List.of(
                        t(AREA, "name", NodeFactory.createLiteralString("新区")),
                        t(AREA, "name", NodeFactory.createLiteralLang("新区", "zh")))),
                Arguments.of("a blank node stays the same node wherever it is used", List.of(
                        t(OBS, "span", NodeFactory.createBlankNode("b0")),
                        t(NodeFactory.createBlankNode("b0"), "start", NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)))));
    }

    private static Graph graphOf(List<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void gives_back_the_source_triples_in_the_source_order(String name, List<Triple> triples) {
        Graph source = graphOf(triples);
        List<Triple> order = source.find().toList();
        PackedGraph packed = PackedGraph.of(source);
        assertEquals(order, packed.find().toList());
        assertEquals(order, packed.find().toList(), "a second read gives the same");
        assertEquals(source.size(), packed.size());
        assertTrue(packed.isIsomorphicWith(source));
    }

    @Test
    void gives_back_the_very_terms_of_the_source() {
        Node literal = NodeFactory.createLiteralLang("某某区", "zh");
        PackedGraph packed = PackedGraph.of(graphOf(List.of(t(AREA, "label", literal))));
        assertSame(literal, packed.find().next().getObject());
    }

    @Test
    void a_find_with_a_pattern_gives_only_the_matching_triples() {
        Graph source = graphOf(List.of(t(OBS, "area", AREA), t(OBS, "refArea", AREA), t(AREA, "type", iri("Area"))));
        PackedGraph packed = PackedGraph.of(source);
        assertEquals(List.of(t(AREA, "type", iri("Area"))), packed.find(AREA, Node.ANY, Node.ANY).toList());
        assertEquals(2, packed.find(Node.ANY, Node.ANY, AREA).toList().size());
        assertTrue(packed.contains(OBS, iri("area"), AREA));
        assertTrue(packed.find(AREA, iri("area"), Node.ANY).toList().isEmpty());
    }

    /** Triples sent to a builder, some more than once: what it packs, written out by hand. */
    static Stream<Arguments> sent() {
        Triple a = t(OBS, "area", AREA), b = t(OBS, "refArea", AREA), c = t(AREA, "type", iri("Area"));
        return Stream.of(
                Arguments.of("nothing sent gives an empty graph", List.of(), List.of()),
                Arguments.of("distinct triples stay in the order sent", List.of(c, a, b), List.of(c, a, b)),
                Arguments.of("a triple sent again is kept once, where it came first", List.of(a, b, a, c, b), List.of(a, b, c)),
                Arguments.of("an equal triple of other node objects is the same triple", List.of(
                        t(AREA, "name", NodeFactory.createLiteralLang("新区", "zh")),
                        t(AREA, "name", NodeFactory.createLiteralLang("新区", "zh"))),
                        List.of(t(AREA, "name", NodeFactory.createLiteralLang("新区", "zh")))),
                Arguments.of("the same terms in other places are other triples", List.of(
                        Triple.create(AREA, iri("p"), OBS), Triple.create(OBS, iri("p"), AREA)),
                        List.of(Triple.create(AREA, iri("p"), OBS), Triple.create(OBS, iri("p"), AREA))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sent")
    void a_builder_packs_each_distinct_triple_once_in_the_order_first_sent(String name, List<Triple> sent, List<Triple> expected) {
        PackedGraph.Builder builder = new PackedGraph.Builder();
        sent.forEach(builder::triple);
        PackedGraph packed = builder.graph();
        assertEquals(expected, packed.find().toList());
        assertEquals(expected.size(), packed.size());
    }

    @Test
    void a_builder_keeps_thousands_of_triples_apart() {
        // past the first sizes of its tables: every triple of a grid once, then all again
        PackedGraph.Builder builder = new PackedGraph.Builder();
        List<Triple> grid = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) for (int j = 0; j < 60; j++) grid.add(Triple.create(iri("s" + i), iri("p"), iri("o" + j)));
        grid.forEach(builder::triple);
        grid.forEach(builder::triple);
        assertEquals(grid, builder.graph().find().toList());
    }

    @Test
    void packing_a_packed_graph_gives_it_back() {
        PackedGraph packed = PackedGraph.of(graphOf(List.of(t(OBS, "area", AREA))));
        assertSame(packed, PackedGraph.of(packed));
    }

    @Test
    void it_cannot_be_changed() {
        PackedGraph packed = PackedGraph.of(graphOf(List.of(t(OBS, "area", AREA))));
        assertThrows(AddDeniedException.class, () -> packed.add(t(AREA, "type", iri("Area"))));
        assertThrows(DeleteDeniedException.class, () -> packed.delete(t(OBS, "area", AREA)));
        assertEquals(1, packed.size());
    }
}
