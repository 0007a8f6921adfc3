package org.govkg.archfixtures.tdb2.server;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Passes: server.KgServer is a named exemption (the server's dataset wiring). */
public final class KgServer {
    public static boolean servable(DatasetGraph dsg) {
        return TDBInternal.isBackedByTDB(dsg);
    }
}
