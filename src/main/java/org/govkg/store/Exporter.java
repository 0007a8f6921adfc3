package org.govkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the store in a canonical order: graphs by name, triples by their N-Triples form, so two
 * builds of the same input give byte-identical files whatever the thread count or the store's
 * internal node ids. Extracted graphs have no blank nodes; the ontology's (OWL lists, cube components)
 * are relabelled from their content ({@link BlankNodes}), since the store's labels differ per build.
 */
public final class Exporter {
    public enum Format { TRIG, NQ, TTL, JSONLD }

    // a sorted map: Map.of iterates in an order that changes from one JVM to the next
    private static final Map<String, String> PREFIXES = new java.util.TreeMap<>(Map.of(
            "gk", "https://w3id.org/govkg/ontology#",
            "qb", "http://purl.org/linked-data/cube#",
            "prov", "http://www.w3.org/ns/prov#",
            "schema", "https://schema.org/",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "org", "http://www.w3.org/ns/org#"));

    private Exporter() {}

    public static void export(DatasetGraph source, Format format, OutputStream out) throws IOException {
        Txn.executeRead(source, () -> {
            try {
                write(source, format, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private static void write(DatasetGraph source, Format format, OutputStream out) throws IOException {
        List<Node> names = new ArrayList<>();
        source.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        if (format == Format.NQ) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Node g : names) nquads(g, sortedLines(source, g), w);
            w.flush();
            return;
        }
        if (format == Format.TTL) {
            // the union of all graphs, as one graph
            List<Triple> all = new ArrayList<>();
            for (Node g : names) all.addAll(sorted(source, g));
            all = byKey(all);
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(PREFIXES);
            for (Triple t : all) graph.add(t);
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_BLOCKS);
            return;
        }
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        copy.prefixes().putAll(PrefixMapping.Factory.create().setNsPrefixes(PREFIXES));
        for (Node g : names) for (Triple t : sorted(source, g)) copy.add(new Quad(g, t));
        if (format == Format.TRIG) RDFDataMgr.write(out, copy, RDFFormat.TRIG_BLOCKS);
        else RDFDataMgr.write(out, copy, Lang.JSONLD);
    }

    /** The lines of a graph: each triple's N-Triples form (sorted), then the graph's name. */
    private static void nquads(Node g, List<String> sortedKeys, Writer w) throws IOException {
        String tail = " " + NodeFmtLib.strNT(g) + " .\n";
        for (String key : sortedKeys) {
            w.write(key);
            w.write(tail);
        }
    }

    /**
     * A sink for one named graph that writes it to {@code out} on {@code finish()} as {@link #export} writes it in
     * N-Quads, byte for byte: each triple once (a mapper may send one twice), blank nodes relabelled, lines in
     * N-Triples order. The graph is held until then, since the order needs all of it; quads of another graph and
     * prefixes are not part of the export and are ignored.
     */
    public static StreamRDF canonicalNQuads(Node graph, OutputStream out) {
        return new StreamRDFBase() {
            private final Set<Triple> triples = new LinkedHashSet<>();

            @Override
            public void triple(Triple t) {
                triples.add(t);
            }

            @Override
            public void quad(Quad q) {
                if (graph.equals(q.getGraph())) triples.add(q.asTriple());
            }

            @Override
            public void finish() {
                try {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    nquads(graph, sortedKeys(new ArrayList<>(triples)), w);
                    w.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static List<Triple> sorted(DatasetGraph dsg, Node g) {
        List<Triple> ts = new ArrayList<>();
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) ts.add(it.next().asTriple());
        return sorted(ts);
    }

    private static List<String> sortedLines(DatasetGraph dsg, Node g) {
        List<Triple> ts = new ArrayList<>();
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) ts.add(it.next().asTriple());
        return sortedKeys(ts);
    }

    private static List<Triple> sorted(List<Triple> triples) {
        return byKey(BlankNodes.canonical(triples));
    }

    /** The triples in the order of their N-Triples forms. */
    private static List<Triple> byKey(List<Triple> ts) {
        // each triple's key made once, not at each comparison: a document's text and evidence literals are long
        List<Keyed> keyed = new ArrayList<>(ts.size());
        NTerms terms = new NTerms();
        for (Triple t : ts) keyed.add(new Keyed(terms.key(t), t));
        keyed.sort(Comparator.comparing(Keyed::key));
        List<Triple> out = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) out.add(k.triple());
        return out;
    }

    /** The N-Triples forms of the triples (blank nodes relabelled), sorted: the order {@link #sorted} gives. */
    private static List<String> sortedKeys(List<Triple> triples) {
        List<Triple> ts = BlankNodes.canonical(triples);
        List<String> keys = new ArrayList<>(ts.size());
        NTerms terms = new NTerms();
        for (Triple t : ts) keys.add(terms.key(t));
        keys.sort(null);
        return keys;
    }

    private record Keyed(String key, Triple triple) {}

    /**
     * Each IRI's N-Triples form made once per graph: a graph names its subjects and predicates many times, and
     * Jena writes an IRI a character at a time (its non-ASCII letters checked one by one), which made the forms most
     * of an export's and of {@code extract --out}'s writing. Keyed by the IRI's string, whose form depends on it
     * alone, so the memo gives the very strings {@link NodeFmtLib#strNT} gives; literals and blank nodes are
     * formatted each time.
     */
    private static final class NTerms {
        private final Map<String, String> iris = new HashMap<>();

        String key(Triple t) {
            return nt(t.getSubject()) + " " + nt(t.getPredicate()) + " " + nt(t.getObject());
        }

        private String nt(Node n) {
            if (!n.isURI()) return NodeFmtLib.strNT(n);
            String f = iris.get(n.getURI());
            if (f == null) {
                f = NodeFmtLib.strNT(n);
                iris.put(n.getURI(), f);
            }
            return f;
        }
    }
}
