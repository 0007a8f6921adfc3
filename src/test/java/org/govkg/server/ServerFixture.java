package org.govkg.server;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/** A real server on 127.0.0.1, an ephemeral port, over the fixture in a TDB2 store. */
final class ServerFixture implements AutoCloseable {

    final DatasetGraph dsg;
    final KgServer server;

    private ServerFixture(DatasetGraph dsg, KgServer server) {
        this.dsg = dsg;
        this.server = server;
    }

    static ServerFixture start(Path dir, Duration queryTimeout) {
        return start(dir, new ServerOptions("127.0.0.1", 0, queryTimeout, "govkg"));
    }

    static ServerFixture start(Path dir, ServerOptions options) {
        DatasetGraph dsg = TwoGraphs.tdb2(dir);
        try {
            return new ServerFixture(dsg, KgServer.start(dsg, options));
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            throw e;
        }
    }

    /** e.g. http://127.0.0.1:41234/govkg */
    String dataset() {
        return server.baseUrl() + "/govkg";
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
