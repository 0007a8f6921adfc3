package org.govkg.pipeline;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govkg.rdf.GK;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * gk:revises from the conflicts Links writes: each conflict is written both ways, and only the way from the figure of
 * the later-published article gains a revision; one day, or a missing date, gives none.
 */
class RevisionsTest {
    private static final String ID = "https://w3id.org/govkg/id/";
    private static final Node A = NodeFactory.createURI(ID + "obs/a/1"), B = NodeFactory.createURI(ID + "obs/b/1");
    private static final Node CONFLICTS = GK.gk("conflictsWith");

    private static DatasetGraph store(String publishedA, String publishedB) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        add(dsg, "a", A, publishedA);
        add(dsg, "b", B, publishedB);
        return dsg;
    }

    private static void add(DatasetGraph dsg, String doc, Node obs, String published) {
        Node g = NodeFactory.createURI(ID + "graph/" + doc), article = NodeFactory.createURI(ID + "article/" + doc);
        dsg.add(g, obs, GK.provWasDerivedFrom, article);
        if (published != null)
            dsg.add(g, article, GK.schemaDatePublished, NodeFactory.createLiteralDT(published, XSDDatatype.XSDdate));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the later article's figure revises the earlier", "2024-01-19", "2025-01-16", List.of(Triple.create(B, Revisions.REVISES, A))),
                Arguments.of("whichever way round the dates are", "2025-03-26", "2024-01-24", List.of(Triple.create(A, Revisions.REVISES, B))),
                Arguments.of("articles of one day give no direction", "2024-06-30", "2024-06-30", List.of()),
                Arguments.of("an article without a date gives none", null, "2024-06-30", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_conflict_gains_the_direction_of_publication(String name, String publishedA, String publishedB, List<Triple> revisions) {
        List<Triple> out = new ArrayList<>();
        var sink = new Revisions(store(publishedA, publishedB)).around(out::add);
        sink.accept(Triple.create(A, CONFLICTS, B));
        sink.accept(Triple.create(B, CONFLICTS, A));
        List<Triple> expected = new ArrayList<>(List.of(Triple.create(A, CONFLICTS, B), Triple.create(B, CONFLICTS, A)));
        // the revision follows the conflict triple it comes from
        for (Triple r : revisions) expected.add(expected.indexOf(Triple.create(r.getSubject(), CONFLICTS, r.getObject())) + 1, r);
        assertEquals(expected, out);
    }
}
