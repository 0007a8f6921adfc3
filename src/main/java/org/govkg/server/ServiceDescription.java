package org.govkg.server;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Builds the SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/)
 * of one query endpoint: what it accepts, what it answers in, and the graphs of its dataset.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String VOID = "http://rdfs.org/ns/void#";

    /** The result formats Fuseki writes: SELECT/ASK results, then CONSTRUCT/DESCRIBE graphs. */
    private static final List<String> RESULT_FORMATS = List.of(
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "RDF_XML", "JSON-LD");

    private ServiceDescription() {}

    static Graph describe(String endpointUrl, DatasetSummary summary) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS)
                            .setNsPrefix("void", VOID).setNsPrefix("rdf", RDF.getURI());
        Node service = NodeFactory.createBlankNode();
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), NodeFactory.createURI(endpointUrl));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        g.add(service, sd("defaultEntailmentRegime"),
              NodeFactory.createURI("http://www.w3.org/ns/entailment/Simple"));
        RESULT_FORMATS.forEach(f -> g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f)));
        g.add(service, sd("defaultDataset"), dataset(g, summary));
        return g;
    }

    private static Node dataset(Graph g, DatasetSummary summary) {
        Node dataset = NodeFactory.createBlankNode();
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        Node defaultGraph = graphNode(g, summary.defaultTriples().orElse(DatasetSummary.UNCOUNTED));
        g.add(dataset, sd("defaultGraph"), defaultGraph);
        for (Map.Entry<Node, Long> named : summary.namedGraphs().entrySet()) {
            Node entry = NodeFactory.createBlankNode();
            g.add(dataset, sd("namedGraph"), entry);
            g.add(entry, RDF.type.asNode(), sd("NamedGraph"));
            g.add(entry, sd("name"), named.getKey());
            g.add(entry, sd("graph"), graphNode(g, named.getValue()));
        }
        return dataset;
    }

    private static Node graphNode(Graph g, long triples) {
        Node graph = NodeFactory.createBlankNode();
        g.add(graph, RDF.type.asNode(), sd("Graph"));
        if (triples != DatasetSummary.UNCOUNTED)
            g.add(graph, NodeFactory.createURI(VOID + "triples"),
                  NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        return graph;
    }

    private static Node sd(String localName) {
        return NodeFactory.createURI(SD + localName);
    }
}
