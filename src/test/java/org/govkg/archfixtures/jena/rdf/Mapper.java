package org.govkg.archfixtures.jena.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Passes: rdf is where Jena starts. */
public final class Mapper {
    public static Node iri(String key) {
        return NodeFactory.createURI("https://example.org/" + key);
    }
}
