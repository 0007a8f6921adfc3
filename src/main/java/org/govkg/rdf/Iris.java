package org.govkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Mints the IRIs of resources and graphs under the configured base (contract: IRIs, Document ids). */
public final class Iris {
    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) throw new IllegalArgumentException("base IRI must end with / or #: " + base);
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Node resource(String path) {
        return NodeFactory.createURI(base + path);
    }

    public Node article(String docId) {
        return resource("article/" + escape(docId));
    }

    public Node span(String docId, int begin, int end) {
        return resource("article/" + escape(docId) + "#char=" + begin + "," + end);
    }

    public Node graph(String docId) {
        return resource("graph/" + escape(docId));
    }

    public Node ontologyGraph() {
        return resource("graph/ontology");
    }

    public Node gazetteerGraph() {
        return resource("graph/gazetteer");
    }

    public Node linksGraph() {
        return resource("graph/links");
    }

    /** The graph holding the store's VoID description. */
    public Node voidGraph() {
        return resource("graph/void");
    }

    /** The void:Dataset that VoID graph describes: the whole store. */
    public Node voidDataset() {
        return resource("void/govkg");
    }

    public Node observation(String docId, int n) {
        return resource("obs/" + escape(docId) + "/" + n);
    }

    public Node indicator(String slug) {
        return resource("indicator/" + slug);
    }

    /** Percent-encodes what an IRI may not contain (space, <>"{}|\^` and controls); keeps Chinese as is. */
    public static String escape(String id) {
        StringBuilder sb = new StringBuilder();
        id.codePoints().forEach(c -> {
            if (c <= 0x20 || c == 0x7F || "<>\"{}|\\^`#?%/".indexOf(c) >= 0) {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    sb.append('%').append(String.format("%02X", b & 0xff));
            } else sb.appendCodePoint(c);
        });
        return sb.toString();
    }
}
