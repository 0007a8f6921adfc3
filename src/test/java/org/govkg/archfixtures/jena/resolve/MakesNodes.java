package org.govkg.archfixtures.jena.resolve;

import org.apache.jena.graph.NodeFactory;

/** Rejected: resolve makes RDF nodes, rdf's job. */
public final class MakesNodes {
    public static String key(String name) {
        return NodeFactory.createLiteralString(name).getLiteralLexicalForm();
    }
}
