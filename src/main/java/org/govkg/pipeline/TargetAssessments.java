package org.govkg.pipeline;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.govkg.extract.Tsv;
import org.govkg.rdf.DocumentMapper;
import org.govkg.rdf.GK;
import org.govkg.resolve.Keys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Targets and their outcomes in gkr:graph/links: a figure of kind gk:Target of an area, indicator and resolved period is
 * linked (gk:outcome) to each figure another article states for the same area, indicator and period (or for the day
 * the period ends: 年末城镇登记失业率 for a year's target), and a gk:TargetAssessment says whether the outcome meets it.
 * <ul>
 *   <li>A growth target (it has a gk:changeRate: 增长6.5%左右) is compared with the outcome's gk:changeRate (a level
 *       with its growth, or a growth figure); a level target (突破130亿元, 控制在4.5%以内) with the value of a level or
 *       share figure in the same unit.</li>
 *   <li>The target's qualifier decides the test, by rules/target-tests.tsv: a floor (outcome ≥ target), a ceiling
 *       (outcome ≤ target) or a band (within its width of the target, both ends included); a target without a
 *       qualifier is a floor, one whose qualifier the table does not list is not assessed; a range (10-15亿元) is a
 *       band from its lower to its upper end.</li>
 *   <li>The assessment names both figures (each with its evidence sentence in its own article), the test, the
 *       quantity compared (gk:Growth or gk:Level), the accepted bounds, gk:targetMet and gk:outcomeDifference
 *       (outcome − target: percentage points for a growth target, the base unit for a level).</li>
 * </ul>
 * Assessments are computed per (area, indicator), the same way for a whole store ({@link #compute}) and for the pairs a
 * build changed ({@link #delta}), so that both give the same triples. Only independent articles are compared: a
 * copy's figures (gk:copyOf, Copies) are neither targets nor outcomes of their own, its original's stand for them.
 */
final class TargetAssessments {
    static final Node OUTCOME = GK.gk("outcome");
    static final Node ASSESSMENT = GK.gk("TargetAssessment");
    static final Node ASSESSED_TARGET = GK.gk("assessedTarget"), ASSESSED_OUTCOME = GK.gk("assessedOutcome");
    static final Node TARGET_MET = GK.gk("targetMet"), DIFFERENCE = GK.gk("outcomeDifference");
    static final Node TEST = GK.gk("targetTest"), COMPARED_AS = GK.gk("comparedAs");
    static final Node ACCEPTED_MIN = GK.gk("acceptedMin"), ACCEPTED_MAX = GK.gk("acceptedMax");
    private static final Node TARGET = GK.gk("Target"), RANK = GK.gk("Rank"), GROWTH = GK.gk("Growth"), LEVEL = GK.gk("Level");
    private static final Node PERCENT = GK.gk("Percent");

    /** The tests a qualifier can ask for, with their gk: individual. */
    enum Test {
        FLOOR("Floor"), CEILING("Ceiling"), BAND("Band");

        final Node node;

        Test(String local) {
            this.node = GK.gk(local);
        }
    }

    /** The qualifier table: a qualifier (or {@link #BARE} for none) → its test; and the widths of a band. */
    record Table(Map<String, Test> tests, BigDecimal bandPoints, BigDecimal bandShare) {
        static final String BARE = "(none)";

        static Table load() {
            Map<String, Test> tests = new HashMap<>();
            BigDecimal points = null, share = null;
            for (String[] r : Tsv.load("/org/govkg/rules/target-tests.tsv", 2)) {
                switch (r[0]) {
                    case "band-width-percent" -> points = new BigDecimal(r[1]);
                    case "band-width-level" -> share = new BigDecimal(r[1]);
                    default -> tests.put(r[0], Test.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)));
                }
            }
            if (points == null || share == null || !tests.containsKey(BARE))
                throw new IllegalStateException("rules/target-tests.tsv: needs the rows band-width-percent, band-width-level and " + BARE);
            return new Table(Map.copyOf(tests), points, share);
        }

        /** The test of a target with this qualifier, null when the table does not list it. */
        Test test(String qualifier) {
            return tests.get(qualifier == null ? BARE : qualifier);
        }
    }

    private static volatile Table table;

    static Table table() {
        Table t = table;
        if (t == null) table = t = Table.load();
        return t;
    }

    /** One figure as the assessment reads it, from the graph that types it an observation. */
    record Fig(Node obs, Node article, Node kind, BigDecimal value, BigDecimal upper, Node unit, BigDecimal changeRate,
               String qualifier, Node period) {}

    /** An assessment's numbers: the bounds that were accepted (null: open), the result and outcome − target. */
    record Verdict(Test test, boolean growth, BigDecimal min, BigDecimal max, boolean met, BigDecimal difference) {}

    private final String base;
    private final java.util.function.UnaryOperator<Node> source;

    /** @param source an article's source: itself, or for a copy (gk:copyOf) the original of its cluster */
    TargetAssessments(String base, java.util.function.UnaryOperator<Node> source) {
        this.base = base;
        this.source = source;
    }

    /** A figure of a copy is assessed through its original's: a cluster of copies is one statement. */
    private boolean own(Fig f) {
        return source.apply(f.article()).equals(f.article());
    }

    /** Every assessment of the store, each triple once, inside the caller's read transaction. */
    void compute(DatasetGraph dsg, Consumer<Triple> sink) {
        String q = "PREFIX gk: <" + GK.NS + ">\n"
                + "SELECT DISTINCT ?area ?ind WHERE { GRAPH ?g { ?o gk:kind gk:Target ; gk:refArea ?area ; gk:indicator ?ind } } ORDER BY ?area ?ind";
        Set<Triple> seen = new HashSet<>();
        Map<Node, Map<Node, Set<Node>>> cache = new HashMap<>();
        Node area = null;
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                var b = rs.nextBinding();
                // the pairs come area by area: only the current area's figures are held, a large store holds many areas
                if (!b.get("area").equals(area)) cache.clear();
                area = b.get("area");
                pair(dsg, cache, area, b.get("ind"), t -> {
                    if (seen.add(t)) sink.accept(t);
                });
            }
        }
    }

    /**
     * The change for the (area, indicator) pairs of the changed figures: the assessment triples stored for their
     * figures (and for {@code gone}, the figures of the changed documents' old graphs) into {@code stored}, the ones
     * they give now into {@code derived}.
     */
    void delta(DatasetGraph dsg, Node linksGraph, Set<List<Node>> pairs, Set<Node> gone, Set<Triple> stored, Set<Triple> derived) {
        Map<Node, Map<Node, Set<Node>>> cache = new HashMap<>();
        Set<Node> figures = new HashSet<>(gone);
        for (List<Node> p : pairs) {
            figures.addAll(members(dsg, cache, p.get(0), p.get(1)));
            pair(dsg, cache, p.get(0), p.get(1), derived::add);
        }
        for (Node o : figures) {
            Iter.forEach(dsg.find(linksGraph, o, OUTCOME, Node.ANY), q -> stored.add(q.asTriple()));
            for (Node role : List.of(ASSESSED_TARGET, ASSESSED_OUTCOME))
                Iter.forEach(dsg.find(linksGraph, Node.ANY, role, o), a ->
                        Iter.forEach(dsg.find(linksGraph, a.getSubject(), Node.ANY, Node.ANY), q -> stored.add(q.asTriple())));
        }
    }

    /**
     * The figures of an area and indicator, in IRI order: the area's figures (few: one county's) that any graph gives
     * the indicator, not the indicator's figures (all the store's GDP figures, say) read for every pair.
     */
    private static List<Node> members(DatasetGraph dsg, Map<Node, Map<Node, Set<Node>>> cache, Node area, Node indicator) {
        List<Node> out = new ArrayList<>();
        for (Node o : IncrementalLinks.subjects(dsg, cache, GK.refArea, area))
            if (o.isURI() && dsg.findNG(Node.ANY, o, GK.indicator, indicator).hasNext()) out.add(o);
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    /** The assessments of one area and indicator. */
    private void pair(DatasetGraph dsg, Map<Node, Map<Node, Set<Node>>> cache, Node area, Node indicator, Consumer<Triple> out) {
        List<Fig> figures = new ArrayList<>();
        for (Node o : members(dsg, cache, area, indicator)) {
            Fig f = figure(dsg, o, area, indicator);
            if (f != null) figures.add(f);
        }
        for (Fig t : figures) {
            if (!t.kind().equals(TARGET) || !resolved(t.period()) || !own(t)) continue;
            String end = periodEnd(t.period());
            for (Fig o : figures) {
                if (o.kind().equals(TARGET) || o.kind().equals(RANK) || !own(o) || o.article().equals(t.article())) continue;
                if (!o.period().equals(t.period()) && !(end != null && o.period().getURI().equals(base + "period/" + end))) continue;
                Verdict v = assess(t, o, table());
                if (v == null) continue;
                write(t, o, v, out);
            }
        }
    }

    /** The verdict on outcome {@code o} of target {@code t}, or null when the two are not comparable. */
    static Verdict assess(Fig t, Fig o, Table table) {
        boolean growth = t.changeRate() != null;
        BigDecimal target, outcome;
        if (growth) {
            if (o.changeRate() == null) return null;
            target = t.changeRate();
            outcome = o.changeRate();
        } else {
            if (o.kind().equals(GROWTH) || !o.unit().equals(t.unit())) return null;
            target = t.value();
            outcome = o.value();
        }
        Test test = t.upper() != null && !growth ? Test.BAND : table.test(t.qualifier());
        if (test == null) return null;
        BigDecimal min = null, max = null;
        switch (test) {
            case FLOOR -> min = target;
            case CEILING -> max = target;
            case BAND -> {
                if (t.upper() != null && !growth) {
                    min = target;
                    max = t.upper();
                } else {
                    BigDecimal width = growth || t.unit().equals(PERCENT) ? table.bandPoints() : target.abs().multiply(table.bandShare());
                    min = target.subtract(width);
                    max = target.add(width);
                }
            }
        }
        boolean met = (min == null || outcome.compareTo(min) >= 0) && (max == null || outcome.compareTo(max) <= 0);
        return new Verdict(test, growth, min, max, met, outcome.subtract(target));
    }

    private void write(Fig t, Fig o, Verdict v, Consumer<Triple> out) {
        Node a = NodeFactory.createURI(base + "assessment/" + Keys.hash(t.obs().getURI() + "|" + o.obs().getURI()));
        out.accept(Triple.create(t.obs(), OUTCOME, o.obs()));
        out.accept(Triple.create(a, GK.rdfType, ASSESSMENT));
        out.accept(Triple.create(a, ASSESSED_TARGET, t.obs()));
        out.accept(Triple.create(a, ASSESSED_OUTCOME, o.obs()));
        out.accept(Triple.create(a, TEST, v.test().node));
        out.accept(Triple.create(a, COMPARED_AS, v.growth() ? GROWTH : LEVEL));
        if (v.min() != null) out.accept(Triple.create(a, ACCEPTED_MIN, DocumentMapper.decimal(v.min())));
        if (v.max() != null) out.accept(Triple.create(a, ACCEPTED_MAX, DocumentMapper.decimal(v.max())));
        out.accept(Triple.create(a, TARGET_MET, NodeFactory.createLiteralDT(Boolean.toString(v.met()), XSDDatatype.XSDboolean)));
        out.accept(Triple.create(a, DIFFERENCE, DocumentMapper.decimal(v.difference())));
    }

    private boolean resolved(Node period) {
        return period != null && DocumentKeys.resolved(period, base) && periodEnd(period) != null;
    }

    /** The last day of a period IRI that names a start and an end (…/period/2024-01-01/2024-12-31), else null. */
    private String periodEnd(Node period) {
        String p = period.getURI();
        String prefix = base + "period/";
        if (!p.startsWith(prefix)) return null;
        String rest = p.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash != 10 || rest.length() != 21) return null;
        return rest.substring(slash + 1);
    }

    /** The figure of the area and indicator from the graph that types it, its least source first; null when incomplete. */
    private static Fig figure(DatasetGraph dsg, Node o, Node area, Node indicator) {
        Fig best = null;
        Iterator<Quad> typed = dsg.findNG(Node.ANY, o, GK.rdfType, GK.Observation);
        while (typed.hasNext()) {
            Node g = typed.next().getGraph();
            if (!dsg.contains(g, o, GK.refArea, area) || !dsg.contains(g, o, GK.indicator, indicator)) continue;
            Node kind = first(dsg, g, o, GK.kind), value = first(dsg, g, o, GK.value), unit = first(dsg, g, o, GK.unit);
            Node period = first(dsg, g, o, GK.refPeriod), source = first(dsg, g, o, GK.provWasDerivedFrom);
            if (kind == null || value == null || unit == null || period == null || source == null || !period.isURI()) continue;
            if (best != null && source.getURI().compareTo(best.article().getURI()) >= 0) continue;
            Node upper = first(dsg, g, o, GK.valueUpper), rate = first(dsg, g, o, GK.changeRate), qualifier = first(dsg, g, o, GK.qualifier);
            best = new Fig(o, source, kind, decimal(value), upper == null ? null : decimal(upper), unit,
                    rate == null ? null : decimal(rate), qualifier == null ? null : qualifier.getLiteralLexicalForm(), period);
        }
        return best;
    }

    private static BigDecimal decimal(Node n) {
        return new BigDecimal(n.getLiteralLexicalForm());
    }

    /** The least object (by its string form: deterministic) of (g, s, p), or null. */
    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Node best = null;
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node n = it.next().getObject();
            if (best == null || n.toString().compareTo(best.toString()) < 0) best = n;
        }
        return best;
    }
}
