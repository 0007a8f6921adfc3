package org.govkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.govkg.extract.ArticleMeta;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.ingest.Document;
import org.govkg.resolve.Entity;
import org.govkg.resolve.EntityFacts;
import org.govkg.resolve.ReportTitle;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.Statement;
import org.govkg.resolve.Keys;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one resolved document as the triples of its named graph, by the ontology contract: the
 * article (also the nif:Context with the text), every entity with its labels, mentions and facts,
 * every observation with its evidence span (see ObservationMapper). Offsets are code points of the normalised text.
 * The triples are pushed into a StreamRDF, not gathered here: the store, the canonical export and
 * {@code extract --out} are the sinks.
 */
public final class DocumentMapper {
    private final Iris iris;
    private final Node activity;
    private final ObservationMapper observations;

    public DocumentMapper(Iris iris, Node activity) {
        this.iris = iris;
        this.activity = activity;
        this.observations = new ObservationMapper(iris, this);
    }

    /**
     * Sends the document's triples to {@code g} as they are made: triples only, no start or finish (the sink is the
     * caller's), and a triple may come more than once (a span, a period or an instant shared by several facts), so
     * a sink that keeps them keeps a set (a Graph, a dataset, the canonical export all do).
     */
    public void map(ResolvedDocument rd, StreamRDF g) {
        Extraction x = rd.extraction();
        Document doc = x.document();
        Node article = iris.article(doc.id());
        article(g, article, doc, x.meta(), rd);
        Map<String, Node> nodes = new HashMap<>();
        for (Entity e : rd.entities()) nodes.put(e.key(), iris.resource(e.key()));
        for (Entity e : rd.entities()) {
            if (e.facts().implied()) implied(g, nodes.get(e.key()), e);
            else entity(g, nodes.get(e.key()), e, article, doc);
        }
        observations.map(g, rd.observations(), article, doc, x.meta());
        for (ReportTitle d : rd.documents()) {
            Node n = iris.resource(d.key());
            add(g, n, GK.rdfType, GK.OfficialDocument);
            add(g, n, GK.rdfsLabel, zh(d.title()));
            add(g, n, GK.schemaName, zh(d.title()));
            add(g, n, GK.mentionedIn, article);
        }
        Map<String, String> labels = new HashMap<>();
        for (Entity e : rd.entities()) labels.put(e.key(), e.prefLabel());
        for (Statement st : rd.statements()) statement(g, st, article, doc, labels);
    }

    /** A body the text names only through a post's title (区长 → 区政府): an organisation, not one of the article's mentions. */
    private void implied(StreamRDF g, Node n, Entity e) {
        add(g, n, GK.rdfType, GK.orgOrganization);
        add(g, n, GK.rdfsLabel, zh(e.prefLabel()));
        add(g, n, GK.skosPrefLabel, zh(e.prefLabel()));
        if (e.facts().jurisdiction() != null) add(g, n, GK.jurisdiction, iris.resource(e.facts().jurisdiction()));
    }

    /**
     * A relation with its evidence. A post is the W3C ORG pattern: the post of a body (org:Post, one per body and
     * title), held by the person, and the membership the article states (org:Membership, with the evidence); a
     * project's stage is an event; every other relation is its triple plus a reified statement with the evidence.
     */
    private void statement(StreamRDF g, Statement st, Node article, Document doc, Map<String, String> labels) {
        Node s = iris.resource(st.subjectKey());
        Node o = st.objectKey() == null ? null : iris.resource(st.objectKey());
        Node n = iris.resource("statement/" + Iris.escape(doc.id()) + "/" + Keys.hash(st.kind() + "|" + st.subjectKey() + "|"
                + st.objectKey() + "|" + st.value() + "|" + st.date() + "|" + st.start() + "|" + st.end()));
        add(g, n, GK.rdfType, GK.Statement);
        add(g, n, GK.evidence, span(g, doc, article, st.start(), st.end()));
        add(g, n, GK.confidence, decimal(BigDecimal.valueOf(st.confidence())));
        add(g, n, GK.provWasDerivedFrom, article);
        switch (st.kind()) {
            case "post" -> {
                Node role = iris.resource("role/" + Keys.hash("role|" + st.value()));
                add(g, role, GK.rdfType, GK.orgRole);
                add(g, role, GK.rdfsLabel, zh(st.value()));
                Node post = iris.resource("post/" + Keys.hash("post|" + st.objectKey() + "|" + st.value()));
                add(g, post, GK.rdfType, GK.orgPost);
                add(g, post, GK.rdfsLabel, zh(labels.getOrDefault(st.objectKey(), "") + st.value()));
                add(g, post, GK.orgPostIn, o);
                add(g, post, GK.orgRoleOf, role);
                add(g, post, GK.orgHeldBy, s);
                add(g, post, GK.mentionedIn, article);
                add(g, s, GK.orgHolds, post);
                add(g, n, GK.rdfType, GK.orgMembership);
                add(g, n, GK.orgMember, s);
                add(g, n, GK.orgOrganizationOf, o);
                add(g, n, GK.orgRoleOf, role);
            }
            case "stage" -> {
                add(g, n, GK.rdfType, GK.StageEvent);
                add(g, s, GK.stage, n);
                add(g, n, GK.stageKind, GK.gk(st.value()));
                if (st.date() != null) add(g, n, GK.stageDate, partialDate(st.date()));
            }
            default -> {
                Node p = GK.gk(st.kind());
                add(g, s, p, o);
                add(g, n, GK.rdfType, GK.rdfStatement);
                add(g, n, GK.rdfSubject, s);
                add(g, n, GK.rdfPredicate, p);
                add(g, n, GK.rdfObject, o);
            }
        }
    }

    /** 2024-02-16, 2024-02 or 2024, typed by how much of the date the text gives. */
    static Node partialDate(String d) {
        XSDDatatype t = d.length() == 10 ? XSDDatatype.XSDdate : d.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(d, t);
    }

    private void article(StreamRDF g, Node a, Document doc, ArticleMeta meta, ResolvedDocument rd) {
        add(g, a, GK.rdfType, GK.Article);
        add(g, a, GK.rdfType, GK.nifContext);
        add(g, a, GK.nifIsString, NodeFactory.createLiteralString(doc.storedText()));
        add(g, a, GK.nifBeginIndex, integer(0, XSDDatatype.XSDnonNegativeInteger));
        add(g, a, GK.nifEndIndex, integer(doc.storedText().codePointCount(0, doc.storedText().length()), XSDDatatype.XSDnonNegativeInteger));
        add(g, a, GK.contentHash, NodeFactory.createLiteralString(doc.contentHash()));
        add(g, a, GK.provWasGeneratedBy, activity);
        if (meta.headline() != null) add(g, a, GK.schemaHeadline, zh(meta.headline()));
        if (meta.subtitle() != null) add(g, a, GK.schemaAlternativeHeadline, zh(meta.subtitle()));
        if (meta.date() != null) add(g, a, GK.schemaDatePublished, date(meta.date().toString()));
        for (String k : rd.authorKeys()) add(g, a, GK.schemaAuthor, iris.resource(k));
        if (rd.publisherKey() != null) add(g, a, GK.schemaPublisher, iris.resource(rd.publisherKey()));
        else if (meta.publisher() != null) add(g, a, GK.schemaPublisher, zh(meta.publisher()));
    }

    private void entity(StreamRDF g, Node n, Entity e, Node article, Document doc) {
        add(g, n, GK.rdfType, GK.gk(e.type().className));
        if (e.type() == EntityType.INITIATIVE) add(g, n, GK.rdfType, GK.skosConcept);
        for (String l : e.labels()) add(g, n, GK.rdfsLabel, zh(l));
        // an article in traditional characters was read in simplified ones: the name as it wrote it is a label too
        if (doc.converted()) {
            for (Mention m : e.mentions()) {
                String written = doc.stored(m.start(), m.end());
                if (!written.equals(doc.text().substring(m.start(), m.end()))) add(g, n, GK.rdfsLabel, NodeFactory.createLiteralLang(written, "zh-Hant"));
            }
        }
        add(g, n, GK.skosPrefLabel, zh(e.prefLabel()));
        add(g, n, GK.mentionedIn, article);
        EntityFacts f = e.facts();
        if (f.code() != null) {
            Node code = NodeFactory.createLiteralString(f.code());
            add(g, n, f.code().length() == 6 ? GK.divisionCode : GK.statisticalCode, code);
        }
        if (f.level() != null) add(g, n, GK.level, GK.gk(f.level().localName()));
        if (f.partOf() != null) add(g, n, GK.partOf, iris.resource(f.partOf()));
        if (f.jurisdiction() != null) add(g, n, GK.jurisdiction, iris.resource(f.jurisdiction()));
        if (f.organizer() != null) add(g, n, GK.organizer, iris.resource(f.organizer()));
        if (f.term() != null) add(g, n, GK.termNumber, integer(f.term(), XSDDatatype.XSDinteger));
        if (f.session() != null) add(g, n, GK.sessionNumber, integer(f.session(), XSDDatatype.XSDinteger));
        if (f.date() != null) add(g, n, GK.schemaStartDate, date(f.date().toString()));
        if (f.role() != null) add(g, n, GK.role, zh(f.role()));
        if (f.locatedIn() != null) add(g, n, GK.locatedIn, iris.resource(f.locatedIn()));
        for (String c : f.candidates()) add(g, n, GK.candidateDivision, iris.resource("division/" + c));
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

    /** The nif:String of a stretch of the text (chars of the read text, stored as code points of the stored one). */
    Node span(StreamRDF g, Document doc, Node article, int startChar, int endChar) {
        int b = doc.codePointOffset(startChar), e = doc.codePointOffset(endChar);
        Node s = iris.span(doc.id(), b, e);
        add(g, s, GK.rdfType, GK.nifString);
        add(g, s, GK.nifBeginIndex, integer(b, XSDDatatype.XSDnonNegativeInteger));
        add(g, s, GK.nifEndIndex, integer(e, XSDDatatype.XSDnonNegativeInteger));
        add(g, s, GK.nifAnchorOf, zh(doc.stored(startChar, endChar)));
        add(g, s, GK.nifReferenceContext, article);
        return s;
    }

    static void add(StreamRDF g, Node s, Node p, Node o) {
        g.triple(Triple.create(s, p, o));
    }

    static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    static Node date(String iso) {
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
    }

    /** An xsd:decimal in plain notation without trailing zeros (42780000000, 8.4). */
    public static Node decimal(BigDecimal d) {
        BigDecimal v = d.stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        return NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node integer(long v, XSDDatatype type) {
        return NodeFactory.createLiteralDT(Long.toString(v), type);
    }
}
