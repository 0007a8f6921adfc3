package org.govkg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govkg.extract.Extraction;
import org.govkg.extract.Extractor;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.IndicatorLexicon;
import org.govkg.ingest.Document;
import org.govkg.nlp.HanlpSegmenter;
import org.govkg.nlp.TraditionalChinese;
import org.govkg.rdf.DocumentMapper;
import org.govkg.rdf.Iris;
import org.govkg.rdf.Ontology;
import org.govkg.rdf.PackedGraph;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.Resolver;

import java.util.List;

/**
 * The stages, assembled once per process and shared by all extraction threads (they only read):
 * <pre>
 *   segment  HanlpSegmenter      text → tokens
 *   extract  Extractor           document → mentions, figures
 *   resolve  Resolver            mentions → entities with keys
 *   map      DocumentMapper      entities, observations → the document's triples, pushed into a sink
 * </pre>
 */
public final class Engine {
    private final Iris iris;
    private final Ontology ontology;
    private final Graph ontologyGraph;
    private final Gazetteer gazetteer;
    private final Extractor extractor;
    private final Resolver resolver;
    private final DocumentMapper mapper;
    private final Graph activityGraph;

    /** The stages as this jar has them, their extraction activity named by the digest the build wrote. */
    public Engine(String base) {
        this(base, Ontology.buildDigest());
    }

    /**
     * The stages with their activity named by {@code extractionDigest} (see rdf/Ontology): what a store built by
     * another version of the code holds, for a test of what an upgrade does.
     */
    public Engine(String base, String extractionDigest) {
        // HanLP loads its dictionaries on first use and Jena initialises its subsystems on first use, each a second
        // or two: on two threads they overlap, and they are most of what a build of one article waits for
        HanlpSegmenter segmenter = new HanlpSegmenter(List.of());
        Thread loading = new Thread(segmenter::warmUp, "govkg-hanlp-load");
        loading.setDaemon(true);
        loading.start();
        this.iris = new Iris(base);
        this.ontology = new Ontology(iris, extractionDigest);
        this.ontologyGraph = ontology.ontologyGraph();
        IndicatorLexicon indicators = ontology.indicators(ontologyGraph);
        this.gazetteer = Gazetteer.load();
        try {
            loading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        this.extractor = new Extractor(segmenter, gazetteer, indicators);
        this.resolver = new Resolver(gazetteer);
        this.mapper = new DocumentMapper(iris, ontology.activity());
        this.activityGraph = ontology.activityGraph();
    }

    /**
     * The document's named graph: its extraction, resolved and mapped, with the activity that made it, each triple
     * pushed into {@code sink} (triples only, no start or finish: the sink is the caller's; a triple may come twice).
     */
    public Counts process(Document doc, StreamRDF sink) {
        Extraction x = extractor.extract(readable(doc));
        ResolvedDocument rd = resolver.resolve(x);
        mapper.map(rd, sink);
        activityGraph.find().forEachRemaining(sink::triple);
        return new Counts(doc.id(), iris.graph(doc.id()), rd.entities().size(), rd.observations().size());
    }

    /** The document's named graph gathered in memory (a set of triples), for the store's transaction and for tests. */
    public Result process(Document doc) {
        Graph g = GraphFactory.createDefaultGraph();
        Counts c = process(doc, StreamRDFLib.graph(g));
        return new Result(c.id(), c.graphName(), g, c.entities(), c.observations());
    }

    /**
     * The document's named graph packed as the mapper sends it (each distinct triple once, in the order first sent):
     * what a build holds in its write batch and the benchmark times. The triples are those of {@link #process(Document)}.
     */
    public Result processPacked(Document doc) {
        PackedGraph.Builder b = new PackedGraph.Builder();
        Counts c = process(doc, b);
        return new Result(c.id(), c.graphName(), b.graph(), c.entities(), c.observations());
    }

    /** What a document's triples were: its id, its graph's name, how many entities and observations it has. */
    public record Counts(String id, Node graphName, int entities, int observations) {}

    /**
     * The document as the extractor reads it: an article in traditional characters in simplified ones, each char
     * mapped back to the char it stands for, so evidence and the stored text stay as written.
     */
    static Document readable(Document doc) {
        TraditionalChinese.Simplified s = TraditionalChinese.toSimplified(doc.text());
        return s == null ? doc : doc.readAs(s.text(), s.offsets());
    }

    /** A processed document: its id, graph name, graph and counts; no graph when the store already holds it as it is. */
    public record Result(String id, Node graphName, Graph graph, int entities, int observations) {
        public boolean unchanged() {
            return graph == null;
        }
    }

    public Iris iris() {
        return iris;
    }

    public Ontology ontology() {
        return ontology;
    }

    public Graph ontologyGraph() {
        return ontologyGraph;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Extractor extractor() {
        return extractor;
    }

    public Resolver resolver() {
        return resolver;
    }
}
