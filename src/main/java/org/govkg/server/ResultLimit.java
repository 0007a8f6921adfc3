package org.govkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query processor with a ceiling on the rows of a SELECT: a query without LIMIT, or
 * with a larger one, runs as if it said {@code LIMIT max}, and the response says so in the header
 * {@value #HEADER}. Neither ARQ nor Fuseki has a result-size setting; the timeout alone lets a cheap
 * query stream millions of rows. CONSTRUCT and DESCRIBE answers are bounded by the timeout only.
 */
final class ResultLimit extends SPARQL_QueryDataset {

    static final String HEADER = "Govkg-Result-Limit";

    private final long max;

    ResultLimit(long max) {
        this.max = max;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, limited(query, action), dataset);
    }

    private Query limited(Query query, HttpAction action) {
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= max))
            return query;
        Query capped = query.cloneQuery();
        capped.setLimit(max);
        action.getResponse().setHeader(HEADER, Long.toString(max));
        return capped;
    }
}
