package org.govkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govkg.extract.ArticleMeta;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Figure;
import org.govkg.extract.Mention;
import org.govkg.ingest.Document;
import org.govkg.resolve.Entity;
import org.govkg.resolve.Observation;
import org.govkg.resolve.ResolvedDocument;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one resolved document as the triples of its named graph, by the ontology contract: the
 * article (also the nif:Context with the text), every entity with its labels, mentions and facts,
 * every observation with its evidence span. Offsets are code points of the normalised text.
 */
public final class DocumentMapper {
    private final Iris iris;
    private final Node activity;

    public DocumentMapper(Iris iris, Node activity) {
        this.iris = iris;
        this.activity = activity;
    }

    public Graph map(ResolvedDocument rd) {
        Graph g = GraphFactory.createDefaultGraph();
        Extraction x = rd.extraction();
        Document doc = x.document();
        Node article = iris.article(doc.id());
        article(g, article, doc, x.meta(), rd);
        Map<String, Node> nodes = new HashMap<>();
        for (Entity e : rd.entities()) nodes.put(e.key(), iris.resource(e.key()));
        for (Entity e : rd.entities()) entity(g, nodes.get(e.key()), e, article, doc);
        for (Observation o : rd.observations()) observation(g, o, article, doc);
        return g;
    }

    private void article(Graph g, Node a, Document doc, ArticleMeta meta, ResolvedDocument rd) {
        add(g, a, GK.rdfType, GK.Article);
        add(g, a, GK.rdfType, GK.nifContext);
        add(g, a, GK.nifIsString, NodeFactory.createLiteralString(doc.text()));
        add(g, a, GK.nifBeginIndex, integer(0, XSDDatatype.XSDnonNegativeInteger));
        add(g, a, GK.nifEndIndex, integer(doc.text().codePointCount(0, doc.text().length()), XSDDatatype.XSDnonNegativeInteger));
        add(g, a, GK.contentHash, NodeFactory.createLiteralString(doc.contentHash()));
        add(g, a, GK.provWasGeneratedBy, activity);
        if (meta.headline() != null) add(g, a, GK.schemaHeadline, zh(meta.headline()));
        if (meta.subtitle() != null) add(g, a, GK.schemaAlternativeHeadline, zh(meta.subtitle()));
        if (meta.date() != null) add(g, a, GK.schemaDatePublished, date(meta.date().toString()));
        for (String k : rd.authorKeys()) add(g, a, GK.schemaAuthor, iris.resource(k));
        if (rd.publisherKey() != null) add(g, a, GK.schemaPublisher, iris.resource(rd.publisherKey()));
        else if (meta.publisher() != null) add(g, a, GK.schemaPublisher, zh(meta.publisher()));
    }

    private void entity(Graph g, Node n, Entity e, Node article, Document doc) {
        add(g, n, GK.rdfType, GK.gk(e.type().className));
        if (e.type() == EntityType.INITIATIVE) add(g, n, GK.rdfType, GK.skosConcept);
        for (String l : e.labels()) add(g, n, GK.rdfsLabel, zh(l));
        add(g, n, GK.skosPrefLabel, zh(e.prefLabel()));
        add(g, n, GK.mentionedIn, article);
        Map<String, String> f = e.facts();
        if (f.containsKey("code")) {
            Node code = NodeFactory.createLiteralString(f.get("code"));
            add(g, n, f.get("code").length() == 6 ? GK.divisionCode : GK.statisticalCode, code);
        }
        if (f.containsKey("level")) add(g, n, GK.level, GK.gk(levelName(f.get("level"))));
        if (f.containsKey("partOf")) add(g, n, GK.partOf, iris.resource(f.get("partOf")));
        if (f.containsKey("jurisdiction")) add(g, n, GK.jurisdiction, iris.resource(f.get("jurisdiction")));
        if (f.containsKey("organizer")) add(g, n, GK.organizer, iris.resource(f.get("organizer")));
        if (f.containsKey("term")) add(g, n, GK.termNumber, integer(Long.parseLong(f.get("term")), XSDDatatype.XSDinteger));
        if (f.containsKey("session")) add(g, n, GK.sessionNumber, integer(Long.parseLong(f.get("session")), XSDDatatype.XSDinteger));
        if (f.containsKey("date")) add(g, n, GK.schemaStartDate, date(f.get("date")));
        if (f.containsKey("role")) add(g, n, GK.role, zh(f.get("role")));
        if (f.containsKey("locatedIn")) add(g, n, GK.locatedIn, iris.resource(f.get("locatedIn")));
        if (f.containsKey("candidates"))
            for (String c : f.get("candidates").split(" ")) add(g, n, GK.candidateDivision, iris.resource("division/" + c));
        // one span per stretch of text, with the best confidence any recogniser gave it
        Map<Long, Double> spans = new java.util.TreeMap<>();
        for (Mention m : e.mentions()) spans.merge(((long) m.start() << 32) | m.end(), m.confidence(), Math::max);
        for (var s : spans.entrySet()) {
            Node span = span(g, doc, article, (int) (s.getKey() >>> 32), (int) (s.getKey() & 0xffffffffL));
            add(g, span, GK.rdfType, GK.Mention);
            add(g, span, GK.refersTo, n);
            add(g, span, GK.confidence, decimal(BigDecimal.valueOf(s.getValue())));
            add(g, n, GK.mention, span);
        }
    }

    private void observation(Graph g, Observation o, Node article, Document doc) {
        Figure f = o.figure();
        Node obs = iris.observation(doc.id(), o.index());
        add(g, obs, GK.rdfType, GK.Observation);
        add(g, obs, GK.rdfType, GK.qbObservation);
        Node ind = f.indicatorId() != null ? iris.indicator(f.indicatorId()) : candidateIndicator(g, f.indicatorLabel());
        add(g, obs, GK.indicator, ind);
        add(g, obs, GK.refArea, iris.resource(o.areaKey()));
        if (o.comparedKey() != null) add(g, obs, GK.comparedTo, iris.resource(o.comparedKey()));
        if (f.period() != null) {
            if (f.period().start() != null) add(g, obs, GK.periodStart, date(f.period().start().toString()));
            if (f.period().end() != null) add(g, obs, GK.periodEnd, date(f.period().end().toString()));
            add(g, obs, GK.periodLabel, zh(f.period().label()));
        }
        add(g, obs, GK.value, decimal(f.value()));
        if (f.upper() != null) add(g, obs, GK.valueUpper, decimal(f.upper()));
        add(g, obs, GK.unit, GK.gk(f.unit()));
        add(g, obs, GK.statedValue, zh(f.stated()));
        add(g, obs, GK.kind, GK.gk(f.kind()));
        if (f.changeRate() != null) add(g, obs, GK.changeRate, decimal(f.changeRate()));
        if (f.changePoints() != null) add(g, obs, GK.changePoints, decimal(f.changePoints()));
        if (f.qualifier() != null) add(g, obs, GK.qualifier, zh(f.qualifier()));
        add(g, obs, GK.confidence, decimal(BigDecimal.valueOf(f.confidence())));
        add(g, obs, GK.provWasDerivedFrom, article);
        add(g, obs, GK.evidence, span(g, doc, article, f.evidenceStart(), f.evidenceEnd()));
    }

    /** An indicator the scheme lacks: a concept of its own, named as the text names it. */
    private Node candidateIndicator(Graph g, String label) {
        Node n = iris.indicator("x-" + org.govkg.resolve.Keys.hash(org.govkg.resolve.Keys.normalize(label)));
        add(g, n, GK.rdfType, GK.Indicator);
        add(g, n, GK.rdfType, GK.skosConcept);
        add(g, n, GK.skosPrefLabel, zh(label));
        add(g, n, GK.candidate, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        return n;
    }

    private Node span(Graph g, Document doc, Node article, int startChar, int endChar) {
        int b = doc.codePointOffset(startChar), e = doc.codePointOffset(endChar);
        Node s = iris.span(doc.id(), b, e);
        add(g, s, GK.rdfType, GK.nifString);
        add(g, s, GK.nifBeginIndex, integer(b, XSDDatatype.XSDnonNegativeInteger));
        add(g, s, GK.nifEndIndex, integer(e, XSDDatatype.XSDnonNegativeInteger));
        add(g, s, GK.nifAnchorOf, zh(doc.text().substring(startChar, endChar)));
        add(g, s, GK.nifReferenceContext, article);
        return s;
    }

    static String levelName(String level) {
        return switch (level) {
            case "province" -> "Province";
            case "prefecture" -> "Prefecture";
            case "county" -> "County";
            default -> "Township";
        };
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    static Node date(String iso) {
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
    }

    static Node decimal(BigDecimal d) {
        BigDecimal v = d.stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        return NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node integer(long v, XSDDatatype type) {
        return NodeFactory.createLiteralDT(Long.toString(v), type);
    }
}
