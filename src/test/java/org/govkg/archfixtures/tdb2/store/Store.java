package org.govkg.archfixtures.tdb2.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** Passes: the store opens TDB2. */
public final class Store {
    public static DatasetGraph open(String dir) {
        return DatabaseMgr.connectDatasetGraph(dir);
    }
}
