package org.govkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.govkg.rdf.GK;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;

/**
 * Figures of one area, indicator, period and kind from many articles: a small group is compared pair by pair, a
 * large one each figure with its ten neighbours in value, so the links grow with the figures, not their square.
 */
class LargeAgreementGroupTest {

    private static final String BASE = "https://w3id.org/govkg/id/";
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** {@code values.length} figures of one group, each in its own article's graph. */
    private static DatasetGraph figures(String... values) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node area = NodeFactory.createURI(BASE + "division/510114"), ind = NodeFactory.createURI(BASE + "indicator/gdp");
        Node period = NodeFactory.createURI(BASE + "period/2024-H1"), kind = GK.gk("Level");
        for (int i = 0; i < values.length; i++) {
            Node g = NodeFactory.createURI(BASE + "graph/doc-" + (100 + i)), o = NodeFactory.createURI(BASE + "observation/o" + (100 + i));
            Node article = NodeFactory.createURI(BASE + "article/doc-" + (100 + i));
            dsg.add(new Quad(g, o, GK.rdfType, GK.gk("Observation")));
            dsg.add(new Quad(g, o, GK.gk("refArea"), area));
            dsg.add(new Quad(g, o, GK.gk("indicator"), ind));
            dsg.add(new Quad(g, o, GK.gk("refPeriod"), period));
            dsg.add(new Quad(g, o, GK.gk("kind"), kind));
            dsg.add(new Quad(g, o, GK.gk("value"), NodeFactory.createLiteralDT(values[i], org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
            dsg.add(new Quad(g, o, PROV_DERIVED, article));
        }
        return dsg;
    }

    private static long count(Graph links, String property) {
        return links.find(Node.ANY, GK.gk(property), Node.ANY).toList().size();
    }

    private static Graph links(DatasetGraph dsg) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.system.Txn.executeRead(dsg, () -> new Links(Engines.get().gazetteer(), BASE).compute(dsg, out::add));
        return out;
    }

    @Test
    void a_group_of_eleven_figures_is_compared_pair_by_pair() {
        String[] v = new String[11];
        java.util.Arrays.fill(v, "42780000000");
        Graph links = links(figures(v));
        assertEquals(11 * 10, count(links, "corroboratedBy"), "55 pairs, both ways");
        assertEquals(0, count(links, "conflictsWith"));
    }

    @Test
    void a_group_of_fifteen_equal_figures_links_each_to_its_ten_neighbours_only() {
        String[] v = new String[15];
        java.util.Arrays.fill(v, "42780000000");
        Graph links = links(figures(v));
        // pairs (i, j) with 0 < j - i <= 10 among 15: 10 × 5 + 9 + 8 + … + 1 = 95, both ways
        assertEquals(2 * 95, count(links, "corroboratedBy"));
        // every figure is corroborated by at least ten others
        for (int i = 0; i < 15; i++) {
            Node o = NodeFactory.createURI(BASE + "observation/o" + (100 + i));
            assertTrue(links.find(o, GK.gk("corroboratedBy"), Node.ANY).toList().size() >= 10, o::getURI);
        }
    }

    @Test
    void in_a_large_group_a_figure_conflicts_with_its_nearest_different_values() {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < 14; i++) v.add("42780000000");
        v.add("50000000000");  // one outlier, above all the others
        Graph links = links(figures(v.toArray(String[]::new)));
        Node outlier = NodeFactory.createURI(BASE + "observation/o114");
        // sorted by value the outlier is last: its ten neighbours below it conflict with it, no one else does
        assertEquals(10, links.find(outlier, GK.gk("conflictsWith"), Node.ANY).toList().size());
        assertEquals(2 * 10, count(links, "conflictsWith"));
        assertEquals(10, links.find(Node.ANY, GK.rdfType, GK.gk("Conflict")).toList().size());
        // the fourteen equal figures corroborate each other within reach: 10 × 4 + 9 + … + 1 = 85 pairs
        assertEquals(2 * 85, count(links, "corroboratedBy"));
        for (Triple t : links.find(Node.ANY, GK.gk("corroboratedBy"), Node.ANY).toList())
            assertTrue(!t.getSubject().equals(outlier) && !t.getObject().equals(outlier));
    }
}
