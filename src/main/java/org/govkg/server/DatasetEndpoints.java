package org.govkg.server;

import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The dataset's endpoints, all read-only: no update operation exists, so an update request has
 * nothing to dispatch to. The first query endpoint is the one the Fuseki UI's editor uses.
 */
final class DatasetEndpoints {

    /** Endpoint names, after {@code /<dataset>/}; "" is the dataset URL itself. */
    static final List<String> QUERY = List.of("sparql", "query", "");
    static final List<String> GRAPH_STORE = List.of("data", "get", "");

    private DatasetEndpoints() {}

    static DataService dataService(DatasetGraph dsg, Duration queryTimeout) {
        Context queryContext = queryContext(queryTimeout);
        UnionDefaultGsp graphStore = new UnionDefaultGsp();
        DataService.Builder service = DataService.newBuilder(dsg);
        for (String name : QUERY)
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                                        .context(queryContext).build());
        for (String name : GRAPH_STORE)
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(name)
                                        .processor(graphStore).build());
        return service.build();
    }

    /**
     * Settings Fuseki merges into each query's context. Kept on the endpoints rather than on the
     * dataset so that the caller's DatasetGraph is left as it was given.
     */
    static Context queryContext(Duration queryTimeout) {
        Context context = new Context();
        // TDB2's query engine reads the default graph as the union of all named graphs.
        context.set(TDB2.symUnionDefaultGraph, true);
        // Fuseki reads this as milliseconds; a ?timeout= in the request can only lower it.
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        // a public read-only endpoint must not fetch other sites on a client's behalf (SERVICE <http://…>)
        context.set(org.apache.jena.sparql.exec.http.Service.httpServiceAllowed, false);
        return context;
    }
}
