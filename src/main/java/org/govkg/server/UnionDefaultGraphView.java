package org.govkg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A dataset whose default graph is the union of its named graphs; everything else passes through.
 * <p>
 * TDB2 applies {@code TDB2.symUnionDefaultGraph} only inside its query engine: its
 * {@code getDefaultGraph()} still returns the stored (empty) default graph, and that is what the
 * Graph Store Protocol reads. This view gives GSP the union. It is not used for queries: a
 * wrapper hides the TDB2 storage from TDB2's query engine, which would fall back to ARQ's
 * general engine and scan graph by graph.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper {

    UnionDefaultGraphView(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
