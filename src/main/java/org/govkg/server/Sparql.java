package org.govkg.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.govkg.rdf.GK;

/** SELECTs over the store for the pages; the caller holds the read transaction. */
final class Sparql {
    static final String PREFIXES = """
            PREFIX gk: <%s>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX void: <http://rdfs.org/ns/void#>
            """.formatted(GK.NS);

    private Sparql() {}

    static List<QuerySolution> select(DatasetGraph dsg, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(PREFIXES + query)
                .dataset(DatasetFactory.wrap(dsg)).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static boolean ask(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecution.create().query(PREFIXES + query)
                .dataset(DatasetFactory.wrap(dsg)).build()) {
            return qe.execAsk();
        }
    }

    /** An IRI as a SPARQL term; the IRIs come from the store or from a checked request path. */
    static String iri(String iri) {
        return "<" + iri.replace(">", "%3E").replace(" ", "%20") + ">";
    }
}
