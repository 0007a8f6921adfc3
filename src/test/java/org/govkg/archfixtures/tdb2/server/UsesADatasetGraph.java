package org.govkg.archfixtures.tdb2.server;

import org.apache.jena.sparql.core.DatasetGraph;

/** Passes: Jena's dataset interface is not TDB2. */
public final class UsesADatasetGraph {
    public static boolean empty(DatasetGraph dsg) {
        return dsg.isEmpty();
    }
}
