package org.govkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govkg.rdf.Iris;
import org.govkg.rdf.Ontology;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Data Cube integrity constraints against hand-written cubes (src/test/resources/cube): the good one,
 * two figures of one article told apart only by where they are stated, passes all; each ic-NN-bad.ttl
 * breaks constraint NN and no other. Each fixture is checked with govkg's ontology (the structure, the
 * indicator scheme), as the store holds it.
 */
class CubeIntegrityTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cube");

    private static List<String> check(String fixture) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Graph g = dsg.getDefaultGraph();
        new Ontology(new Iris("https://w3id.org/govkg/id/")).ontologyGraph().find().forEachRemaining(g::add);
        RDFParser.source(FIXTURES.resolve(fixture)).parse(g);
        return CubeIntegrity.violations(dsg);
    }

    @Test
    void a_well_formed_cube_violates_nothing() {
        assertEquals(List.of(), check("good.ttl"));
    }

    @TestFactory
    Stream<DynamicTest> each_bad_cube_breaks_its_constraint_only() {
        List<CubeIntegrity.Constraint> all = CubeIntegrity.constraints();
        return IntStream.rangeClosed(1, CubeIntegrity.CONSTRAINTS).mapToObj(n -> DynamicTest.dynamicTest("IC-" + n, () ->
                assertEquals(List.of(all.get(n - 1).title()), check(String.format("ic-%02d-bad.ttl", n)))));
    }
}
