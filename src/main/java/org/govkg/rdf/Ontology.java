package org.govkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.IndicatorLexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The ontology, the indicator scheme and the gazetteer as graphs, read from the files shipped in the
 * jar, and the extraction activity named by the version and the digest of what makes the graphs.
 */
public final class Ontology {
    public static final String VERSION = "0.1.0";
    /**
     * Written by the build (src/build/java/org/govkg/build/ExtractionDigest.java): a digest of every source, rule,
     * lexicon and ontology file that makes a document's graph and of the HanLP and Jena versions.
     */
    static final String DIGEST_RESOURCE = "/org/govkg/build/extraction.digest";

    private final Iris iris;
    private final String digest;

    /** The extraction named by the digest this jar was built with. */
    public Ontology(Iris iris) {
        this(iris, buildDigest());
    }

    /** The extraction named by {@code digest} (64 hex digits); for a build that must see another version's store. */
    public Ontology(Iris iris, String digest) {
        this.iris = iris;
        if (digest == null || !digest.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 in hex: " + digest);
        this.digest = digest;
    }

    /** The digest this jar was built with; fails when the build did not write it (a jar or classpath not made by Maven). */
    public static String buildDigest() {
        try (InputStream in = Ontology.class.getResourceAsStream(DIGEST_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + DIGEST_RESOURCE + ": it is written by the build's generate-resources step (mvn package)");
            String d = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (!d.matches("[0-9a-f]{64}")) throw new IllegalStateException(DIGEST_RESOURCE + " is not a SHA-256 in hex: " + d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** govkg.ttl and indicators.ttl (its relative IRIs resolved against the base). */
    public Graph ontologyGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        parse("/org/govkg/ontology/govkg.ttl", null, g);
        parse("/org/govkg/ontology/indicators.ttl", iris.base(), g);
        // the indicator dimension's code list is the scheme, whose IRI depends on the base
        g.add(Triple.create(GK.indicator, GK.qbCodeList, iris.indicator("scheme")));
        nationalBodies(g);
        return g;
    }

    /**
     * The national bodies (中共中央, 国务院 …) exist whether an article names them or not: a meeting's
     * organizer (二十届二中全会 → 中共中央) points at them, so they stand in the ontology graph.
     */
    private void nationalBodies(Graph g) {
        TreeSet<String> names = new TreeSet<>();
        for (String[] r : org.govkg.extract.Tsv.load("/org/govkg/lexicon/national-bodies.tsv", 2)) names.add(r[1]);
        for (String name : names) {
            Node n = iris.resource(org.govkg.resolve.Keys.of(org.govkg.extract.EntityType.ORGANIZATION, org.govkg.resolve.Keys.normalize(name), ""));
            g.add(Triple.create(n, GK.rdfType, GK.gk("Organization")));
            g.add(Triple.create(n, GK.rdfsLabel, DocumentMapper.zh(name)));
            g.add(Triple.create(n, GK.skosPrefLabel, DocumentMapper.zh(name)));
        }
    }

    public static Graph shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        parse("/org/govkg/ontology/shapes.ttl", null, g);
        return g;
    }

    /** The indicator concepts of the scheme, as the extractor matches them. */
    public IndicatorLexicon indicators(Graph ontology) {
        List<IndicatorLexicon.Concept> out = new ArrayList<>();
        String prefix = iris.base() + "indicator/";
        TreeSet<String> concepts = new TreeSet<>();
        ontology.find(Node.ANY, GK.rdfType, GK.Indicator).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) concepts.add(t.getSubject().getURI());
        });
        for (String c : concepts) {
            Node n = NodeFactory.createURI(c);
            String pref = zh(ontology, n, GK.skosPrefLabel).stream().findFirst().orElse(null);
            if (pref == null) continue;
            out.add(new IndicatorLexicon.Concept(c.substring(prefix.length()), pref, zh(ontology, n, GK.skosAltLabel)));
        }
        return new IndicatorLexicon(out);
    }

    private static List<String> zh(Graph g, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            it.forEach(t -> {
                Node o = t.getObject();
                if (o.isLiteral() && o.getLiteralLanguage().toLowerCase().startsWith("zh")) out.add(o.getLiteralLexicalForm());
            });
        } finally {
            it.close();
        }
        return new ArrayList<>(out);
    }

    /** The whole division hierarchy (contract: gkr:graph/gazetteer). */
    public Graph gazetteerGraph(Gazetteer gazetteer) {
        Graph g = GraphFactory.createDefaultGraph();
        Node type = GK.gk("AdministrativeDivision");
        for (Gazetteer.Division d : gazetteer.all()) {
            Node n = iris.resource("division/" + d.code());
            g.add(Triple.create(n, GK.rdfType, type));
            g.add(Triple.create(n, GK.rdfsLabel, DocumentMapper.zh(d.name())));
            String s = Gazetteer.shortName(d.name());
            if (s != null && !d.level().equals("township")) g.add(Triple.create(n, GK.rdfsLabel, DocumentMapper.zh(s)));
            g.add(Triple.create(n, GK.skosPrefLabel, DocumentMapper.zh(d.name())));
            g.add(Triple.create(n, d.code().length() == 6 ? GK.divisionCode : GK.statisticalCode, NodeFactory.createLiteralString(d.code())));
            g.add(Triple.create(n, GK.level, GK.gk(org.govkg.extract.DivisionLevel.of(d.level()).localName())));
            if (!d.parent().isEmpty()) g.add(Triple.create(n, GK.partOf, iris.resource("division/" + d.parent())));
        }
        return g;
    }

    /**
     * The extraction activity: named by version and digest, never by the clock, so exports stay identical; a store's
     * document made by another activity is extracted again (pipeline/Pipeline).
     */
    public Node activity() {
        return iris.resource("activity/" + VERSION + "-" + digest.substring(0, 12));
    }

    public Graph activityGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = activity();
        g.add(Triple.create(a, GK.rdfType, GK.provActivity));
        g.add(Triple.create(a, GK.rdfsLabel, NodeFactory.createLiteralLang("govkg " + VERSION + " extraction, rules " + digest.substring(0, 12), "en")));
        g.add(Triple.create(a, GK.schemaSoftwareVersion, NodeFactory.createLiteralString(VERSION)));
        return g;
    }

    /** The extraction digest (64 hex digits): of the code, rules and ontology that make the graphs, see {@link #DIGEST_RESOURCE}. */
    public String digest() {
        return digest;
    }

    private static void parse(String resource, String base, Graph into) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            RDFParser.create().source(in).lang(Lang.TURTLE).base(base).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
