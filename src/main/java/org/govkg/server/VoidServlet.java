package org.govkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.govkg.rdf.Iris;

/**
 * {@code /.well-known/void} (RFC 8615, VoID §7.2): the store's VoID graph as built, plus what only the
 * running server knows, its SPARQL endpoint. Turtle unless the client asks for N-Triples, JSON-LD or
 * RDF/XML.
 */
final class VoidServlet extends HttpServlet {
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/n-triples",
            "application/ld+json", "application/rdf+xml", "text/plain");

    private static final String VOID = "http://rdfs.org/ns/void#";
    private final transient LinkedData ld;
    private final String datasetName;

    VoidServlet(LinkedData ld, String datasetName) {
        this.ld = ld;
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String accept = req.getHeader("Accept");
        MediaType type = accept == null || accept.isBlank() ? MediaType.create("text/turtle") : AcceptList.match(new AcceptList(accept), OFFERS);
        if (type == null) type = MediaType.create("text/turtle");
        RDFFormat format = switch (type.getContentTypeStr()) {
            case "application/n-triples", "text/plain" -> RDFFormat.NTRIPLES;
            case "application/ld+json" -> RDFFormat.JSONLD11_PRETTY;
            case "application/rdf+xml" -> RDFFormat.RDFXML_PRETTY;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        Iris iris = new Iris(ld.base());
        Node graphName = iris.voidGraph();
        Graph g = GraphFactory.createDefaultGraph();
        boolean present = Txn.calculateRead(ld.dataset(), () -> {
            if (!ld.dataset().containsGraph(graphName)) return false;
            ld.dataset().getGraph(graphName).find().forEachRemaining(g::add);
            return true;
        });
        if (!present) {
            LinkedDataServlet.send(resp, 404, "text/plain;charset=utf-8",
                    "This store has no VoID graph yet: build or remove a document with this govkg version to compute it.\n");
            return;
        }
        String endpoint = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/" + datasetName + "/sparql";
        Node ds = iris.voidDataset();
        g.add(Triple.create(ds, NodeFactory.createURI(VOID + "sparqlEndpoint"), NodeFactory.createURI(endpoint)));
        g.add(Triple.create(ds, NodeFactory.createURI(VOID + "rootResource"),
                NodeFactory.createURI(req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/id/")));
        g.getPrefixMapping().setNsPrefixes(ld.prefixes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, format);
        String ct = format == RDFFormat.NTRIPLES ? "application/n-triples" : format == RDFFormat.RDFXML_PRETTY ? "application/rdf+xml"
                : format == RDFFormat.JSONLD11_PRETTY ? "application/ld+json" : "text/turtle";
        resp.setHeader("Vary", "Accept");
        LinkedDataServlet.send(resp, 200, ct + ";charset=utf-8", out.toByteArray());
    }
}
