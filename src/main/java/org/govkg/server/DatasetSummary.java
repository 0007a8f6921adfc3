package org.govkg.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * The graphs of a dataset and their sizes, as the service description reports them.
 *
 * @param defaultTriples distinct triples of the union default graph; empty if counting timed out
 * @param namedGraphs    each named graph with its triple count ({@link #UNCOUNTED} if counting
 *                       timed out), ordered by name
 */
record DatasetSummary(OptionalLong defaultTriples, Map<Node, Long> namedGraphs) {

    static final long UNCOUNTED = -1;

    private static final String COUNT_UNION = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String COUNT_GRAPHS =
        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    DatasetSummary {
        // Sorted, so that the description lists graphs in the same order every time.
        TreeMap<Node, Long> sorted = new TreeMap<>(NodeCmp::compareRDFTerms);
        sorted.putAll(namedGraphs);
        namedGraphs = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * Counts, each counting query within {@code limit}; past it, lists the graph names without
     * sizes, so that a store too large to count in time still gets a description.
     */
    static DatasetSummary of(DatasetGraph dsg, Duration limit) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Long> graphs = new HashMap<>();
            try {
                for (Binding row : select(dsg, COUNT_GRAPHS, limit))
                    graphs.put(row.get(Var.alloc("g")), number(row));
                long union = number(select(dsg, COUNT_UNION, limit).get(0));
                return new DatasetSummary(OptionalLong.of(union), graphs);
            } catch (QueryCancelledException timedOut) {
                graphs.clear();
                dsg.listGraphNodes().forEachRemaining(g -> graphs.put(g, UNCOUNTED));
                return new DatasetSummary(OptionalLong.empty(), graphs);
            }
        });
    }

    private static List<Binding> select(DatasetGraph dsg, String query, Duration limit) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query)
                                       .set(TDB2.symUnionDefaultGraph, true)
                                       .timeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                                       .build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static long number(Binding row) {
        return Long.parseLong(row.get(Var.alloc("n")).getLiteralLexicalForm());
    }
}
