package org.govkg.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's read-only Graph Store Protocol, with {@code ?default} answered by the union of the
 * named graphs (see {@link UnionDefaultGraphView}). Writes stay refused by {@link GSP_R} (405).
 */
final class UnionDefaultGsp extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dsg = super.decideDataset(action);
        // A request with no ?graph / ?default asks for the whole dataset as quads: the real,
        // empty default graph must stay, or every triple would be written twice.
        return isQuads(action) ? dsg : new UnionDefaultGraphView(dsg);
    }
}
