package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/** Why GSP needs the view: TDB2's union flag reaches its query engine, not getDefaultGraph(). */
class UnionDefaultGraphViewTest {

    @Test
    void tdb2_default_graph_ignores_the_union_flag_and_the_view_gives_the_union() {
        DatasetGraph dsg = TwoGraphs.tdb2InMemory();
        try {
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            Txn.executeRead(dsg, () -> {
                assertTrue(dsg.getDefaultGraph().isEmpty(), "TDB2 getDefaultGraph() now honours the flag: revisit");
                DatasetGraph view = new UnionDefaultGraphView(dsg);
                assertTrue(TwoGraphs.expectedUnion().isIsomorphicWith(view.getDefaultGraph()));
                assertEquals(7, view.getDefaultGraph().size());
                // Named graphs and the quad view pass through untouched.
                assertTrue(TwoGraphs.expected().getGraph(TwoGraphs.GRAPH_A)
                                               .isIsomorphicWith(view.getGraph(TwoGraphs.GRAPH_A)));
                assertEquals(8, view.stream().count());
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
