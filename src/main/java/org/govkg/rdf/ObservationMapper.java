package org.govkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.govkg.extract.ArticleMeta;
import org.govkg.extract.Figure;
import org.govkg.ingest.Document;
import org.govkg.resolve.Keys;
import org.govkg.resolve.Observation;

import java.util.List;

import static org.govkg.rdf.DocumentMapper.add;
import static org.govkg.rdf.DocumentMapper.date;
import static org.govkg.rdf.DocumentMapper.decimal;
import static org.govkg.rdf.DocumentMapper.zh;

/**
 * The figures of one document as Data Cube observations, part of {@link DocumentMapper}'s contract: the article's
 * qb:DataSet, each observation with its area, indicator (a candidate concept when the scheme lacks it), reference
 * period, value and evidence span, pushed into the document's sink.
 */
final class ObservationMapper {
    private final Iris iris;
    private final DocumentMapper mapper;

    private final Node scheme;

    ObservationMapper(Iris iris, DocumentMapper mapper) {
        this.iris = iris;
        this.mapper = mapper;
        this.scheme = iris.indicator("scheme");
    }

    /** The observations and, when there is one at least, their data set. */
    void map(StreamRDF g, List<Observation> observations, DocumentMapper.Scope sc, ArticleMeta meta) {
        Node dataset = observations.isEmpty() ? null : dataset(g, sc.doc, sc.article, meta);
        for (Observation o : observations) observation(g, o, sc, dataset);
    }

    /** The article's figures as one qb:DataSet, so that two articles stating the same figure never collide. */
    private Node dataset(StreamRDF g, Document doc, Node article, ArticleMeta meta) {
        Node ds = iris.resource("dataset/" + Iris.escape(doc.id()));
        add(g, ds, GK.rdfType, GK.qbDataSet);
        add(g, ds, GK.qbStructure, GK.figureStructure);
        String title = meta.headline() != null ? meta.headline() : doc.id();
        add(g, ds, GK.rdfsLabel, zh(title + "：文中数据"));
        add(g, ds, GK.dctermsSource, article);
        add(g, ds, GK.provWasDerivedFrom, article);
        return ds;
    }

    /**
     * The reference period as a resource: gkr:period/2023-01-01/2023-06-30 (a time:ProperInterval whose
     * beginning and end are the day instants gkr:period/2023-01-01 and gkr:period/2023-06-30), a point in
     * time (截至6月底) the instant itself; a period with no dates a node of this document with its label
     * only; no period at all gk:unstatedPeriod. Equal periods are one IRI in every article, described once in each.
     */
    private Node period(StreamRDF g, org.govkg.extract.Period p, DocumentMapper.Scope sc) {
        if (p == null) return GK.unstatedPeriod;
        Node known = sc.periods.get(p);
        if (known != null) return known;
        Node n;
        if (p.start() == null && p.end() == null) {
            n = iris.resource("period/" + sc.escapedId + "/x-" + Keys.hash(p.label()));
            Node label = sc.zh(p.label());
            add(g, n, GK.rdfType, GK.timeTemporalEntity);
            add(g, n, GK.rdfsLabel, label);
            add(g, n, GK.periodLabel, label);
        } else if (p.start() == null) {
            n = instant(g, p.end().toString(), sc);
        } else {
            Node begin = instant(g, p.start().toString(), sc);
            String endPath = p.end() == null ? "open" : p.end().toString();
            n = iris.resource("period/" + p.start() + "/" + endPath);
            if (sc.described.add(n)) {
                add(g, n, GK.rdfType, GK.timeInterval);
                add(g, n, GK.rdfType, GK.timeProperInterval);
                add(g, n, GK.rdfsLabel, NodeFactory.createLiteralString(p.start() + "/" + endPath));
                add(g, n, GK.timeHasBeginning, begin);
                if (p.end() != null) add(g, n, GK.timeHasEnd, instant(g, p.end().toString(), sc));
            }
        }
        sc.periods.put(p, n);
        return n;
    }

    private Node instant(StreamRDF g, String day, DocumentMapper.Scope sc) {
        Node n = iris.resource("period/" + day);
        if (sc.described.add(n)) {
            add(g, n, GK.rdfType, GK.timeInstant);
            add(g, n, GK.rdfsLabel, NodeFactory.createLiteralString(day));
            add(g, n, GK.timeInXSDDate, date(day));
        }
        return n;
    }

    private void observation(StreamRDF g, Observation o, DocumentMapper.Scope sc, Node dataset) {
        Figure f = o.figure();
        Document doc = sc.doc;
        Node article = sc.article;
        Node obs = iris.resource("obs/" + sc.escapedId + "/" + o.index());
        add(g, obs, GK.rdfType, GK.Observation);
        add(g, obs, GK.rdfType, GK.qbObservation);
        add(g, obs, GK.qbDataSetP, dataset);
        add(g, obs, GK.refPeriod, period(g, f.period(), sc));
        add(g, obs, GK.statedAt, mapper.span(g, sc, f.start(), f.end()));
        Node ind = f.indicatorId() != null ? iris.indicator(f.indicatorId()) : candidateIndicator(g, f.indicatorLabel(), sc);
        add(g, obs, GK.indicator, ind);
        add(g, obs, GK.refArea, iris.resource(o.areaKey()));
        if (o.comparedKey() != null) add(g, obs, GK.comparedTo, iris.resource(o.comparedKey()));
        if (f.period() != null) {
            if (f.period().start() != null) add(g, obs, GK.periodStart, date(f.period().start().toString()));
            if (f.period().end() != null) add(g, obs, GK.periodEnd, date(f.period().end().toString()));
            add(g, obs, GK.periodLabel, sc.zh(f.period().label()));
        }
        add(g, obs, GK.value, decimal(f.value()));
        if (f.upper() != null) add(g, obs, GK.valueUpper, decimal(f.upper()));
        add(g, obs, GK.unit, GK.gk(f.unit().localName()));
        // a traditional-character article is read in simplified characters: the figure is quoted as it wrote it (億元)
        add(g, obs, GK.statedValue, sc.zh(doc.converted() ? doc.stored(f.end() - f.stated().length(), f.end()) : f.stated()));
        add(g, obs, GK.kind, GK.gk(f.kind().localName()));
        if (f.changeRate() != null) add(g, obs, GK.changeRate, decimal(f.changeRate()));
        if (f.changePoints() != null) add(g, obs, GK.changePoints, decimal(f.changePoints()));
        if (f.qualifier() != null) add(g, obs, GK.qualifier, sc.zh(f.qualifier()));
        add(g, obs, GK.confidence, DocumentMapper.decimal(f.confidence()));
        add(g, obs, GK.provWasDerivedFrom, article);
        add(g, obs, GK.evidence, mapper.span(g, sc, f.evidenceStart(), f.evidenceEnd()));
    }

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    /** An indicator the scheme lacks: a concept of its own, named as the text names it (described once per document). */
    private Node candidateIndicator(StreamRDF g, String label, DocumentMapper.Scope sc) {
        Node n = sc.candidates.get(label);
        if (n != null) return n;
        n = iris.indicator("x-" + Keys.hash(Keys.normalize(label)));
        sc.candidates.put(label, n);
        add(g, n, GK.rdfType, GK.Indicator);
        add(g, n, GK.rdfType, GK.skosConcept);
        add(g, n, GK.skosPrefLabel, sc.zh(label));
        add(g, n, GK.skosInScheme, scheme);
        add(g, n, GK.indicatorCandidate, TRUE);
        return n;
    }
}
