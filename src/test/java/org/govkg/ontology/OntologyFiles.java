package org.govkg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import java.nio.file.Path;

/** The three files of ontology/, read as govkg reads them, for the tests of this package. */
final class OntologyFiles {
    static final String GK = "https://w3id.org/govkg/ontology#";
    static final String BASE = "https://w3id.org/govkg/id/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String QB = "http://purl.org/linked-data/cube#";

    static final Node TYPE = uri(RDF + "type");
    static final Node LABEL = uri(RDFS + "label");
    static final Node COMMENT = uri(RDFS + "comment");
    static final Node SUBCLASS = uri(RDFS + "subClassOf");
    static final Node PREF = uri(SKOS + "prefLabel");
    static final Node ALT = uri(SKOS + "altLabel");

    private OntologyFiles() {}

    /** The project directory: Surefire runs with it as working directory and sets basedir. */
    static Path dir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static Path file(String name) {
        return dir().resolve("ontology").resolve(name);
    }

    static Graph govkg() {
        return parse(file("govkg.ttl"), null);
    }

    /** indicators.ttl has relative IRIs and no @base: it is read against the build's base. */
    static Graph indicators(String base) {
        return parse(file("indicators.ttl"), base);
    }

    static Graph shapes() {
        return parse(file("shapes.ttl"), null);
    }

    /** What the builder puts in gkr:graph/ontology: govkg.ttl and the indicator scheme. */
    static Graph ontologyGraph() {
        Graph g = govkg();
        indicators(BASE).find().forEach(g::add);
        return g;
    }

    static Graph parse(Path p, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(p).lang(Lang.TURTLE).base(base).parse(g);
        return g;
    }

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node gk(String local) {
        return uri(GK + local);
    }
}
