package org.govkg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** KgStore.asStored predicts the form in which TDB2 gives a triple back, so derived graphs compare equal to stored ones. */
class StoredFormTest {
    private static final Node S = NodeFactory.createURI("https://w3id.org/govkg/id/conflict/1");
    private static final Node P = NodeFactory.createURI("https://w3id.org/govkg/ontology#difference");

    private static Triple with(Node o) {
        return Triple.create(S, P, o);
    }

    @Test
    void a_whole_decimal_comes_back_with_its_point_zero() {
        Triple t = with(NodeFactory.createLiteralDT("2540000000", XSDDatatype.XSDdecimal));
        assertEquals(with(NodeFactory.createLiteralDT("2540000000.0", XSDDatatype.XSDdecimal)), KgStore.asStored(t));
    }

    @Test
    void canonical_numbers_and_non_literals_are_left_as_they_are() {
        Triple integer = with(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger));
        Triple decimal = with(NodeFactory.createLiteralDT("8.4", XSDDatatype.XSDdecimal));
        Triple iri = with(NodeFactory.createURI("https://w3id.org/govkg/id/obs/1"));
        Triple text = with(NodeFactory.createLiteralLang("江宁区", "zh"));
        assertSame(integer, KgStore.asStored(integer));
        assertSame(decimal, KgStore.asStored(decimal));
        assertSame(iri, KgStore.asStored(iri));
        assertSame(text, KgStore.asStored(text));
    }

    @Test
    void a_decimal_too_long_to_inline_is_kept_as_written() {
        Triple t = with(NodeFactory.createLiteralDT("123456789012345678901234567890", XSDDatatype.XSDdecimal));
        assertSame(t, KgStore.asStored(t));
    }
}
