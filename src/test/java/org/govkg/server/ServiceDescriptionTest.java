package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/** The service description of the fixture, against the golden file {@code server/service-description.ttl}. */
class ServiceDescriptionTest {

    @Test
    void description_of_two_graphs_matches_the_golden_file() {
        DatasetGraph dsg = TwoGraphs.tdb2InMemory();
        try {
            DatasetSummary summary = DatasetSummary.of(dsg, Duration.ofSeconds(10));
            assertEquals(OptionalLong.of(7), summary.defaultTriples());
            assertEquals(Map.of(TwoGraphs.GRAPH_A, 4L, TwoGraphs.GRAPH_B, 4L), summary.namedGraphs());

            Graph got = ServiceDescription.describe("http://127.0.0.1:3030/govkg/sparql", summary);
            Graph expected = RDFDataMgr.loadGraph("server/service-description.ttl");
            assertTrue(expected.isIsomorphicWith(got), () -> "got:\n" + turtle(got));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void uncounted_graphs_are_listed_without_a_size() {
        DatasetSummary summary = new DatasetSummary(OptionalLong.empty(), Map.of(TwoGraphs.GRAPH_A, DatasetSummary.UNCOUNTED));
        Graph got = ServiceDescription.describe("http://h/govkg/sparql", summary);
        assertTrue(got.contains(null, null, TwoGraphs.GRAPH_A));
        assertFalse(got.contains(null, NodeFactory.createURI(ServiceDescription.VOID + "triples"), null));
    }

    private static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }
}
