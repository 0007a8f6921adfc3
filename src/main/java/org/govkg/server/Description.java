package org.govkg.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What {@code GET /id/…} returns about one resource, over all graphs of the store: its triples as
 * subject and as object (the latter capped, for things that thousands of triples point to), the labels
 * of its neighbours, and the text spans it cites (evidence, mentions, where a figure is stated) and the
 * period intervals it refers to, so that a client gets the evidence without a second request.
 */
final class Description {
    /** Triples pointing at one resource that a description carries at most; SPARQL has the rest. */
    static final int MAX_INBOUND = 1000;
    /** Cited spans and periods a description expands at most (a thing mentioned in thousands of articles). */
    static final int MAX_OWNED = 500;

    private Description() {}

    static boolean exists(DatasetGraph dsg, String iri) {
        String t = Sparql.iri(iri);
        return Sparql.ask(dsg, "ASK { GRAPH ?g { { " + t + " ?p ?o } UNION { ?s ?q " + t + " } } }");
    }

    /** The description as a graph; the caller holds a read transaction. */
    static Graph of(DatasetGraph dsg, String iri, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Node self = NodeFactory.createURI(iri);
        String t = Sparql.iri(iri);
        Set<Node> neighbours = new LinkedHashSet<>();
        Set<Node> owned = new LinkedHashSet<>();
        for (QuerySolution row : Sparql.select(dsg, "SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { " + t + " ?p ?o } }")) {
            Node o = row.get("o").asNode();
            g.add(Triple.create(self, row.get("p").asNode(), o));
            if (o.isURI()) {
                neighbours.add(o);
                if (isOwned(o.getURI(), base)) owned.add(o);
            }
        }
        for (QuerySolution row : Sparql.select(dsg, "SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p " + t + " } } ORDER BY ?s ?p LIMIT " + MAX_INBOUND)) {
            Node s = row.get("s").asNode();
            g.add(Triple.create(s, row.get("p").asNode(), self));
            if (s.isURI()) neighbours.add(s);
        }
        List<Node> spans = owned.stream().sorted(java.util.Comparator.comparing(Node::getURI)).limit(MAX_OWNED).toList();
        for (int i = 0; i < spans.size(); i += 100) {
            StringBuilder values = new StringBuilder();
            for (Node n : spans.subList(i, Math.min(spans.size(), i + 100))) values.append(Sparql.iri(n.getURI())).append(' ');
            for (QuerySolution row : Sparql.select(dsg, "SELECT DISTINCT ?n ?p ?o WHERE { VALUES ?n { " + values + "} GRAPH ?g { ?n ?p ?o } }"))
                g.add(Triple.create(row.get("n").asNode(), row.get("p").asNode(), row.get("o").asNode()));
        }
        neighbours.remove(self);
        neighbours.removeAll(owned);
        addLabels(dsg, g, neighbours);
        return g;
    }

    /** Text spans of an article (IRI with #char=) and period intervals: parts of what cites them. */
    static boolean isOwned(String iri, String base) {
        return iri.startsWith(base) && (iri.contains("#char=") || iri.startsWith(base + "period/"));
    }

    private static void addLabels(DatasetGraph dsg, Graph g, Set<Node> nodes) {
        List<Node> all = List.copyOf(nodes);
        for (int i = 0; i < all.size(); i += 200) {
            StringBuilder values = new StringBuilder();
            for (Node n : all.subList(i, Math.min(all.size(), i + 200))) values.append(Sparql.iri(n.getURI())).append(' ');
            List<QuerySolution> rows = Sparql.select(dsg, "SELECT DISTINCT ?n ?p ?l WHERE { VALUES ?n { " + values
                    + "} VALUES ?p { rdfs:label skos:prefLabel schema:headline } GRAPH ?g { ?n ?p ?l } }");
            for (QuerySolution row : rows)
                g.add(Triple.create(row.get("n").asNode(), row.get("p").asNode(), row.get("l").asNode()));
        }
    }
}
