package org.govkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.LiteralLabelFactory;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Writes one resolved document as the triples of its named graph, by the ontology contract: the
 * article (also the nif:Context with the text), every entity with its labels, mentions and facts,
 * every observation with its evidence span (see ObservationMapper). Offsets are code points of the normalised text.
 * The triples are pushed into a StreamRDF, not gathered here: the store, the canonical export and
 * {@code extract --out} are the sinks.
 *
 * <p>What a document says many times is made and sent once per document ({@link Scope}): a span, a period or an
 * instant shared by several facts, the code-point offsets of its text, its labels as literals. Literals that recur
 * across documents (offsets, days, confidences) come from bounded caches shared by all threads: a Node is immutable
 * and equal to the one made again, and Jena parses a typed literal's lexical form and checks a language tag each
 * time it makes one, which was a third of the mapping on real articles.
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
        Scope sc = new Scope(doc, article);
        article(g, article, doc, x.meta(), rd);
        Map<String, Node> nodes = new HashMap<>();
        for (Entity e : rd.entities()) nodes.put(e.key(), iris.resource(e.key()));
        for (Entity e : rd.entities()) {
            if (e.facts().implied()) implied(g, nodes.get(e.key()), e, sc);
            else entity(g, nodes.get(e.key()), e, sc);
        }
        observations.map(g, rd.observations(), sc, x.meta());
        for (ReportTitle d : rd.documents()) {
            Node n = iris.resource(d.key());
            Node title = sc.zh(d.title());
            add(g, n, GK.rdfType, GK.OfficialDocument);
            add(g, n, GK.rdfsLabel, title);
            add(g, n, GK.schemaName, title);
            add(g, n, GK.mentionedIn, article);
        }
        Map<String, String> labels = new HashMap<>();
        for (Entity e : rd.entities()) labels.put(e.key(), e.prefLabel());
        for (Statement st : rd.statements()) statement(g, st, sc, labels);
    }

    /**
     * What one document's mapping made already: its id as an IRI segment, the code-point offset of each char of its
     * stored text, the spans sent (a span is sent once, whichever fact asks first), the {@code zh} literals made, and
     * whatever else the observations share (see ObservationMapper). One per call of {@link #map}: never shared.
     */
    static final class Scope {
        final Document doc;
        final Node article;
        final String escapedId;
        private final Map<Long, Node> spans = new HashMap<>();
        private final Map<String, Node> zh = new HashMap<>();
        /** Nodes whose own triples were sent already (intervals, instants). */
        final Set<Node> described = new HashSet<>();
        /** The reference periods and candidate indicators made, by what they were made from. */
        final Map<org.govkg.extract.Period, Node> periods = new HashMap<>();
        final Map<String, Node> candidates = new HashMap<>();
        /** For each char index of the stored text, its code-point offset; null while not needed or when the two agree. */
        private int[] codePoints;
        private boolean codePointsKnown;

        Scope(Document doc, Node article) {
            this.doc = doc;
            this.article = article;
            this.escapedId = Iris.escape(doc.id());
        }

        Node zh(String s) {
            Node n = zh.get(s);
            if (n == null) zh.put(s, n = DocumentMapper.zh(s));
            return n;
        }

        /** {@link Document#codePointOffset}, from a table made once (a text without surrogates needs none). */
        int codePointOffset(int charIndex) {
            if (!codePointsKnown) {
                codePointsKnown = true;
                String t = doc.storedText();
                boolean surrogates = false;
                for (int i = 0; i < t.length() && !surrogates; i++) surrogates = Character.isSurrogate(t.charAt(i));
                if (surrogates) {
                    codePoints = new int[t.length() + 1];
                    int cp = 0;
                    for (int i = 0; i < t.length(); i++) {
                        codePoints[i] = cp;
                        // the low half of a pair is no code point of its own (String.codePointCount counts a pair once)
                        if (!(Character.isLowSurrogate(t.charAt(i)) && i > 0 && Character.isHighSurrogate(t.charAt(i - 1)))) cp++;
                    }
                    codePoints[t.length()] = cp;
                }
            }
            int stored = doc.storedIndex(charIndex);
            return codePoints == null ? stored : codePoints[stored];
        }
    }

    /** A body the text names only through a post's title (区长 → 区政府): an organisation, not one of the article's mentions. */
    private void implied(StreamRDF g, Node n, Entity e, Scope sc) {
        Node label = sc.zh(e.prefLabel());
        add(g, n, GK.rdfType, GK.orgOrganization);
        add(g, n, GK.rdfsLabel, label);
        add(g, n, GK.skosPrefLabel, label);
        if (e.facts().jurisdiction() != null) add(g, n, GK.jurisdiction, iris.resource(e.facts().jurisdiction()));
    }

    /**
     * A relation with its evidence. A post is the W3C ORG pattern: the post of a body (org:Post, one per body and
     * title), held by the person, and the membership the article states (org:Membership, with the evidence); a
     * project's stage is an event; every other relation is its triple plus a reified statement with the evidence.
     */
    private void statement(StreamRDF g, Statement st, Scope sc, Map<String, String> labels) {
        Node article = sc.article;
        Node s = iris.resource(st.subjectKey());
        Node o = st.objectKey() == null ? null : iris.resource(st.objectKey());
        Node n = iris.resource("statement/" + sc.escapedId + "/" + Keys.hash(st.kind() + "|" + st.subjectKey() + "|"
                + st.objectKey() + "|" + st.value() + "|" + st.date() + "|" + st.start() + "|" + st.end()));
        add(g, n, GK.rdfType, GK.Statement);
        add(g, n, GK.evidence, span(g, sc, st.start(), st.end()));
        add(g, n, GK.confidence, decimal(st.confidence()));
        add(g, n, GK.provWasDerivedFrom, article);
        switch (st.kind()) {
            case "post" -> {
                Node role = iris.resource("role/" + Keys.hash("role|" + st.value()));
                add(g, role, GK.rdfType, GK.orgRole);
                add(g, role, GK.rdfsLabel, sc.zh(st.value()));
                Node post = iris.resource("post/" + Keys.hash("post|" + st.objectKey() + "|" + st.value()));
                add(g, post, GK.rdfType, GK.orgPost);
                add(g, post, GK.rdfsLabel, sc.zh(labels.getOrDefault(st.objectKey(), "") + st.value()));
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
        add(g, a, GK.nifBeginIndex, offset(0));
        add(g, a, GK.nifEndIndex, offset(doc.storedText().codePointCount(0, doc.storedText().length())));
        add(g, a, GK.contentHash, NodeFactory.createLiteralString(doc.contentHash()));
        signature(g, a, doc, meta);
        add(g, a, GK.provWasGeneratedBy, activity);
        if (meta.headline() != null) add(g, a, GK.schemaHeadline, zh(meta.headline()));
        if (meta.subtitle() != null) add(g, a, GK.schemaAlternativeHeadline, zh(meta.subtitle()));
        if (meta.date() != null) add(g, a, GK.schemaDatePublished, date(meta.date().toString()));
        for (String k : rd.authorKeys()) add(g, a, GK.schemaAuthor, iris.resource(k));
        if (rd.publisherKey() != null) add(g, a, GK.schemaPublisher, iris.resource(rd.publisherKey()));
        else if (meta.publisher() != null) add(g, a, GK.schemaPublisher, zh(meta.publisher()));
    }

    /**
     * The text's MinHash signature and its LSH band keys (gk:textSignature, gk:textBand), from the text as read (a
     * traditional article in simplified characters): pipeline.Copies finds a document's candidate copies by its band
     * keys in the store's index and compares their signatures. The headline is left out (a re-post often gives its
     * own). A text too short for one has neither.
     */
    private static void signature(StreamRDF g, Node a, Document doc, ArticleMeta meta) {
        org.govkg.ingest.MinHash.Signature sig = org.govkg.ingest.MinHash.of(org.govkg.ingest.MinHash.signedText(doc.text(), meta.headline()));
        if (sig == null) return;
        add(g, a, GK.textSignature, NodeFactory.createLiteralString(org.govkg.ingest.MinHash.encode(sig)));
        for (String band : org.govkg.ingest.MinHash.bands(sig)) add(g, a, GK.textBand, NodeFactory.createLiteralString(band));
    }

    private void entity(StreamRDF g, Node n, Entity e, Scope sc) {
        Document doc = sc.doc;
        Node article = sc.article;
        add(g, n, GK.rdfType, GK.gk(e.type().className));
        if (e.type() == EntityType.INITIATIVE) add(g, n, GK.rdfType, GK.skosConcept);
        for (String l : e.labels()) add(g, n, GK.rdfsLabel, sc.zh(l));
        // an article in traditional characters was read in simplified ones: the name as it wrote it is a label too
        if (doc.converted()) {
            for (Mention m : e.mentions()) {
                String written = doc.stored(m.start(), m.end());
                if (!written.equals(doc.text().substring(m.start(), m.end()))) add(g, n, GK.rdfsLabel, NodeFactory.createLiteralLang(written, "zh-Hant"));
            }
        }
        add(g, n, GK.skosPrefLabel, sc.zh(e.prefLabel()));
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
        if (f.role() != null) add(g, n, GK.role, sc.zh(f.role()));
        if (f.locatedIn() != null) add(g, n, GK.locatedIn, iris.resource(f.locatedIn()));
        for (String c : f.candidates()) add(g, n, GK.candidateDivision, iris.resource("division/" + c));
        // one span per stretch of text, with the best confidence any recogniser gave it
        Map<Long, Double> spans = new java.util.TreeMap<>();
        for (Mention m : e.mentions()) spans.merge(((long) m.start() << 32) | m.end(), m.confidence(), Math::max);
        for (var s : spans.entrySet()) {
            Node span = span(g, sc, (int) (s.getKey() >>> 32), (int) (s.getKey() & 0xffffffffL));
            add(g, span, GK.rdfType, GK.Mention);
            add(g, span, GK.refersTo, n);
            add(g, span, GK.confidence, decimal(s.getValue()));
            add(g, n, GK.mention, span);
        }
    }

    /**
     * The nif:String of a stretch of the text (chars of the read text, stored as code points of the stored one), its
     * triples sent the first time the document asks for it.
     */
    Node span(StreamRDF g, Scope sc, int startChar, int endChar) {
        Long key = ((long) startChar << 32) | (endChar & 0xffffffffL);
        Node s = sc.spans.get(key);
        if (s != null) return s;
        int b = sc.codePointOffset(startChar), e = sc.codePointOffset(endChar);
        s = iris.resource("article/" + sc.escapedId + "#char=" + b + "," + e);
        add(g, s, GK.rdfType, GK.nifString);
        add(g, s, GK.nifBeginIndex, offset(b));
        add(g, s, GK.nifEndIndex, offset(e));
        add(g, s, GK.nifAnchorOf, sc.zh(sc.doc.stored(startChar, endChar)));
        add(g, s, GK.nifReferenceContext, sc.article);
        sc.spans.put(key, s);
        return s;
    }

    static void add(StreamRDF g, Node s, Node p, Node o) {
        g.triple(Triple.create(s, p, o));
    }

    /**
     * A literal tagged zh. Made from its label: NodeFactory.createLiteralLang checks and formats the tag every time,
     * and "zh" is already in the form it gives (checked once here), so the node is the one it makes.
     */
    static Node zh(String s) {
        return NodeFactory.createLiteral(LiteralLabelFactory.createLang(s, ZH));
    }

    private static final String ZH = "zh";

    static {
        if (!NodeFactory.createLiteralLang("行", ZH).equals(zh("行")))
            throw new IllegalStateException("Jena formats the tag zh otherwise: make zh literals with createLiteralLang");
    }

    /** Days, confidences and offsets recur in every article: each cache holds at most this many literals. */
    private static final int CACHED = 4096;
    private static final Map<String, Node> DATES = new ConcurrentHashMap<>();
    private static final Map<Double, Node> CONFIDENCES = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<Node> OFFSETS = new AtomicReferenceArray<>(1 << 15);

    static Node date(String iso) {
        Node n = DATES.get(iso);
        if (n != null) return n;
        n = NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
        if (DATES.size() < CACHED) DATES.putIfAbsent(iso, n);
        return n;
    }

    /** A confidence as {@link #decimal(BigDecimal)} writes it. */
    static Node decimal(double v) {
        Node n = CONFIDENCES.get(v);
        if (n != null) return n;
        n = decimal(BigDecimal.valueOf(v));
        if (CONFIDENCES.size() < CACHED) CONFIDENCES.putIfAbsent(v, n);
        return n;
    }

    /** An offset as an xsd:nonNegativeInteger. */
    static Node offset(int v) {
        if (v < 0 || v >= OFFSETS.length()) return integer(v, XSDDatatype.XSDnonNegativeInteger);
        Node n = OFFSETS.get(v);
        if (n == null) {
            n = integer(v, XSDDatatype.XSDnonNegativeInteger);
            OFFSETS.set(v, n);
        }
        return n;
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
