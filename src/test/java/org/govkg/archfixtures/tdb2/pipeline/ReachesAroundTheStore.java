package org.govkg.archfixtures.tdb2.pipeline;

import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/** Rejected: the pipeline sets a TDB2 switch instead of asking the store. */
public final class ReachesAroundTheStore {
    public static void union(Context context) {
        context.set(TDB2.symUnionDefaultGraph, true);
    }
}
