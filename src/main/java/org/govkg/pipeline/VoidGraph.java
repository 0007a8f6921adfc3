package org.govkg.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.govkg.rdf.GK;

/**
 * gkr:graph/void, the store's VoID description, recomputed with the links after each build and removal:
 * the dataset with its triples (summed over the named graphs, this one left out), its entities (typed
 * IRIs under the base) and entities per class, one subset per named graph with its triples, the link
 * properties of gkr:graph/links with their counts, example resources, its vocabularies and IRI space.
 * The SPARQL endpoint is not known when the store is built: the server adds it when it serves
 * {@code /.well-known/void}. No clock time, so exports stay byte-identical.
 */
final class VoidGraph {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCTERMS = GK.DCTERMS;
    /** The properties of gkr:graph/links a reader may want counted: each gets a void:propertyPartition there. */
    static final List<String> LINK_PROPERTIES = List.of("http://www.w3.org/2002/07/owl#sameAs",
            GK.NS + "corroboratedBy", GK.NS + "conflictsWith", GK.NS + "revises", GK.NS + "outcome", GK.NS + "copyOf");
    private static final List<String> VOCABULARIES = List.of(GK.NS, GK.QB, "http://www.w3.org/ns/prov#", GK.ORG,
            "https://schema.org/", "http://www.w3.org/2004/02/skos/core#", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            GK.TIME, DCTERMS);
    static final List<String> EXAMPLE_CLASSES = List.of("AdministrativeDivision", "IndustrialZone", "Project", "Enterprise", "Article");

    private final String base;
    private final Node graph;

    VoidGraph(String base) {
        this.base = base;
        this.graph = new org.govkg.rdf.Iris(base).voidGraph();
    }

    /**
     * The description of the store as it is now (read inside the caller's read transaction, DocumentStore#read), each
     * triple once, sent to {@code out}; the caller writes it as
     * {@code gkr:graph/void}. It has a subset per named graph, so it grows with the store and is not held.
     */
    void compute(DatasetGraph dsg, Consumer<Triple> out) {
        Node ds = new org.govkg.rdf.Iris(base).voidDataset();
        out.accept(Triple.create(ds, RDF.type.asNode(), v("Dataset")));
        out.accept(Triple.create(ds, NodeFactory.createURI(DCTERMS + "title"), NodeFactory.createLiteralLang("govkg 地方政务新闻知识图谱", "zh")));
        out.accept(Triple.create(ds, NodeFactory.createURI(DCTERMS + "description"), NodeFactory.createLiteralLang(
                "Administrative divisions, meetings, projects, zones, enterprises, people, initiatives and economic figures extracted from Chinese local-government news, each traceable to its sentence.", "en")));
        out.accept(Triple.create(ds, NodeFactory.createURI(DCTERMS + "rights"), NodeFactory.createLiteralLang(
                "Facts extracted by govkg; the quoted article text remains under the terms of its publishers.", "en")));
        out.accept(Triple.create(ds, v("uriSpace"), NodeFactory.createLiteralString(base)));
        for (String voc : VOCABULARIES) out.accept(Triple.create(ds, v("vocabulary"), NodeFactory.createURI(voc)));
        long total = 0;
        // graph by graph from TDB2's index rather than a GROUP BY ?g, which holds a group per document
        Iterator<Node> graphs = dsg.listGraphNodes();
        while (graphs.hasNext()) {
            Node gn = graphs.next();
            if (gn.equals(graph)) continue;
            String g = gn.getURI();
            long n = Iter.count(dsg.find(gn, Node.ANY, Node.ANY, Node.ANY));
            total += n;
            Node subset = subset(base, gn);
            out.accept(Triple.create(ds, v("subset"), subset));
            out.accept(Triple.create(subset, RDF.type.asNode(), v("Dataset")));
            out.accept(Triple.create(subset, NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#name"), gn));
            out.accept(Triple.create(subset, v("triples"), integer(n)));
        }
        out.accept(Triple.create(ds, v("triples"), integer(total)));
        // Entities straight from TDB2's index, not a SPARQL DISTINCT: at 100 000 articles the DISTINCT spilled
        // some hundred files and its merge, opening them all at once, ran out of a 512 MiB heap.
        SortedSet<String> classes = new TreeSet<>();
        Iter.forEach(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY), q -> {
            if (q.getObject().isURI()) classes.add(q.getObject().getURI());
        });
        long entities = 0;
        for (String c : classes) {
            long[] inClass = {0, 0};
            forEachEntity(dsg, NodeFactory.createURI(c), s -> {
                inClass[0]++;
                if (c.equals(firstClass(dsg, s))) inClass[1]++;
            });
            entities += inClass[1];
            if (inClass[0] == 0) continue;
            Node part = classPartition(base, c);
            out.accept(Triple.create(ds, v("classPartition"), part));
            out.accept(Triple.create(part, v("class"), NodeFactory.createURI(c)));
            out.accept(Triple.create(part, v("entities"), integer(inClass[0])));
        }
        out.accept(Triple.create(ds, v("entities"), integer(entities)));
        // what void:entities counts, said where a reader of the description finds it (the index at /id/ counts otherwise)
        out.accept(Triple.create(ds, NodeFactory.createURI(GK.RDFS + "comment"), NodeFactory.createLiteralLang(
                "void:entities counts every IRI under the store's base that has an rdf:type in any graph but this one, once; a class "
                + "partition counts those of its class, mentioned by an article or not (the gazetteer's divisions, the ontology's "
                + "national bodies). The index at /id/ counts things mentioned by at least one article.", "en")));
        out.accept(Triple.create(ds, NodeFactory.createURI(GK.RDFS + "comment"), NodeFactory.createLiteralLang(
                "void:entities 计数：除本图外任何图中带 rdf:type 的本库 IRI，各计一次；类别分区计该类的全部节点，无论是否被文章提及"
                + "（地名录中的行政区划、本体图中的中央机构）。/id/ 索引页只计至少被一篇文章提及的事物。", "zh")));
        String links = base + "graph/links";
        for (String p : LINK_PROPERTIES) {
            long n = count(dsg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + links + "> { ?s <" + p + "> ?o } }");
            Node part = propertyPartition(base, p);
            out.accept(Triple.create(ds, v("propertyPartition"), part));
            out.accept(Triple.create(part, v("property"), NodeFactory.createURI(p)));
            out.accept(Triple.create(part, v("triples"), integer(n)));
        }
        Set<Node> examples = new LinkedHashSet<>();
        for (String c : EXAMPLE_CLASSES) {
            Node ex = example(dsg, c);
            if (ex != null) examples.add(ex);
        }
        for (Node e : examples) out.accept(Triple.create(ds, v("exampleResource"), e));
    }

    /** The subset describing named graph {@code g}. */
    static Node subset(String base, Node g) {
        String iri = g.getURI();
        return NodeFactory.createURI(base + "void/" + (iri.startsWith(base) ? iri.substring(base.length()) : "graph/" + Integer.toHexString(iri.hashCode())));
    }

    static Node classPartition(String base, String c) {
        return NodeFactory.createURI(base + "void/class/" + org.govkg.rdf.Iris.escape(c.replaceFirst("^https?://", "")));
    }

    static Node propertyPartition(String base, String p) {
        return NodeFactory.createURI(base + "void/property/" + org.govkg.rdf.Iris.escape(p.replaceFirst("^https?://", "")));
    }

    /** The example of class gk:{@code c}: the least IRI typed so and mentioned (an article: hashed) in one graph, or null. */
    static Node example(DatasetGraph dsg, String c) {
        List<QuerySolution> ex = select(dsg, "SELECT ?s WHERE { GRAPH ?g { ?s a <" + GK.NS + c + "> ; " + (c.equals("Article") ? "<" + GK.NS + "contentHash> ?h" : "<" + GK.NS + "mentionedIn> ?a")
                + " } } ORDER BY ?s LIMIT 1");
        return ex.isEmpty() ? null : ex.get(0).get("s").asNode();
    }

    /**
     * Each entity of class {@code c} once: an IRI under the base typed {@code c} in a graph other than this one.
     * With the predicate and object bound TDB2 reads its POSG index, so a subject's quads (one per document
     * that types it) come together, as they do for its union graph, and a change of subject is a new entity.
     */
    private void forEachEntity(DatasetGraph dsg, Node c, Consumer<Node> each) {
        Node[] last = {null};
        Iter.forEach(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c), q -> {
            Node s = q.getSubject();
            if (q.getGraph().equals(graph) || !s.isURI() || !s.getURI().startsWith(base) || s.equals(last[0])) return;
            last[0] = s;
            each.accept(s);
        });
    }

    /** The least of an entity's classes, so that an entity of several classes is counted once in the total. */
    private String firstClass(DatasetGraph dsg, Node s) {
        String first = null;
        Iterator<Quad> types = dsg.find(Node.ANY, s, RDF.type.asNode(), Node.ANY);
        while (types.hasNext()) {
            Quad q = types.next();
            if (q.getGraph().equals(graph) || !q.getObject().isURI()) continue;
            String c = q.getObject().getURI();
            if (first == null || c.compareTo(first) < 0) first = c;
        }
        return first;
    }

    static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String q) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg))
                .set(org.apache.jena.query.ARQ.spillToDiskThreshold, 50_000L).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static long count(DatasetGraph dsg, String q) {
        List<QuerySolution> rows = select(dsg, q);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }
}
