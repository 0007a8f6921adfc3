package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.govkg.extract.Gazetteer;
import org.govkg.rdf.DocumentMapper;
import org.govkg.rdf.GK;
import org.govkg.resolve.CrossDocumentIdentity;
import org.govkg.resolve.Keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * gkr:graph/links, the facts that need several documents, recomputed from the stored documents after each
 * build: how many documents mention each thing (gk:documentCount), agreement and conflict between figures
 * of different articles (gk:corroboratedBy, gk:conflictsWith), targets and their outcomes (TargetAssessments), and owl:sameAs between two IRIs of one
 * project, zone, company or place, as resolve.CrossDocumentIdentity decides them from the things' kinds,
 * divisions and names read here (a zone's division is the one it lies in).
 */
final class Links {
    private static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    static final List<String> TYPES = List.of("Project", "IndustrialZone", "Enterprise", "Place");

    private final Gazetteer gazetteer;
    private final String base;

    Links(Gazetteer gazetteer, String base) {
        this.gazetteer = gazetteer;
        this.base = base;
    }

    /** Rows an ORDER BY holds in memory before ARQ sorts on disk: every observation of a large store does not fit in 512 MiB. */
    private static final long SPILL = 50_000;

    /**
     * The links graph as the stored documents give it now (the links graph itself is not read), computed inside the
     * caller's read transaction (DocumentStore#read) and sent to {@code sink} as it goes, each triple once: its size grows with the store (each
     * figure may have ten links), so nothing here holds it, and every query that sorts or removes duplicates
     * does it on disk past {@link #SPILL} rows.
     */
    void compute(DatasetGraph dsg, Consumer<Triple> sink) {
        sources(new Copies(base).compute(dsg, sink));
        documentCounts(dsg, sink);
        sameAs(dsg, sink);
        agreement(dsg, new Revisions(dsg).around(sink));
        targets().compute(dsg, sink);
    }

    /** Targets and their outcomes (gk:TargetAssessment), between figures of independent articles (copies count once). */
    TargetAssessments targets() {
        return new TargetAssessments(base, a -> sources().source(a));
    }

    // ---- copies: a cluster of copies counts once (Copies) ----

    private Copies.Sources sources = a -> a;

    /** The sources the document counts and the groups of figures read articles as (their originals when copies). */
    void sources(Copies.Sources sources) {
        this.sources = sources;
    }

    Copies.Sources sources() {
        return sources;
    }

    /**
     * gk:documentCount of each thing mentioned in more than one independent document (copies of one original count
     * once), counted over the mentions in (thing,
     * article) order rather than by a GROUP BY, whose COUNT(DISTINCT) holds every thing's articles in memory.
     */
    private void documentCounts(DatasetGraph dsg, Consumer<Triple> sink) {
        String q = "PREFIX gk: <" + GK.NS + ">\n"
                + "SELECT ?e ?a WHERE { GRAPH ?g { ?e gk:mentionedIn ?a } } ORDER BY ?e ?a";
        Node count = GK.gk("documentCount");
        Node thing = null, article = null;
        long n = 0;
        java.util.Set<Node> originals = new java.util.HashSet<>();
        try (QueryExecution qe = execution(dsg, q)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                var b = rs.nextBinding();
                Node e = b.get("e"), a = b.get("a");
                if (!e.equals(thing)) {
                    if (n > 1) sink.accept(Triple.create(thing, count, integer(n)));
                    thing = e;
                    article = null;
                    n = 0;
                    originals.clear();
                }
                if (!a.equals(article)) {
                    article = a;
                    if (originals.add(sources.source(a))) n++;
                }
            }
        }
        if (n > 1) sink.accept(Triple.create(thing, count, integer(n)));
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static QueryExecution execution(DatasetGraph dsg, String query) {
        return QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                .set(org.apache.jena.query.ARQ.spillToDiskThreshold, SPILL).build();
    }

    record Fig(String obs, String article, java.math.BigDecimal value, java.math.BigDecimal tolerance) {}

    /**
     * Figures several articles state for one area, indicator, period and kind: equal within the rounding of
     * the less precise statement (428亿元 and 427.8亿元) → gk:corroboratedBy both ways; else gk:conflictsWith
     * both ways and a gk:Conflict with the difference. Only resolved periods are compared (去年同期 in two
     * articles need not be one period), and only figures of different articles. Read in key order, one
     * group at a time.
     */
    private void agreement(DatasetGraph dsg, Consumer<Triple> out) {
        String q = "PREFIX gk: <" + GK.NS + ">\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + "SELECT ?o ?area ?ind ?period ?kind ?value ?stated ?article WHERE {\n"
                + "  GRAPH ?g { ?o a gk:Observation ; gk:refArea ?area ; gk:indicator ?ind ; gk:refPeriod ?period ; gk:kind ?kind ;\n"
                + "             gk:value ?value ; prov:wasDerivedFrom ?article . OPTIONAL { ?o gk:statedValue ?stated } }\n"
                + "  FILTER (STRSTARTS(STR(?period), \"" + base + "period/2\") || STRSTARTS(STR(?period), \"" + base + "period/1\"))\n"
                + "} ORDER BY ?area ?ind ?period ?kind ?article ?o";
        String key = null;
        Map<String, Fig> group = new java.util.LinkedHashMap<>();
        try (QueryExecution qe = execution(dsg, q)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String k = s.get("area") + "|" + s.get("ind") + "|" + s.get("period") + "|" + s.get("kind");
                if (!k.equals(key)) {
                    compare(new ArrayList<>(group.values()), out);
                    group.clear();
                    key = k;
                }
                java.math.BigDecimal v = new java.math.BigDecimal(s.getLiteral("value").getLexicalForm());
                String stated = s.contains("stated") ? s.getLiteral("stated").getLexicalForm() : null;
                // a figure once, though a second gk:statedValue or source repeats its row
                group.putIfAbsent(s.getResource("o").getURI(), new Fig(s.getResource("o").getURI(), s.getResource("article").getURI(), v, tolerance(v, stated)));
            }
        }
        compare(new ArrayList<>(group.values()), out);
    }

    /**
     * A figure is compared with at most this many others: the figures of a group all compared pairwise grow with
     * the square of its size (100 000 generated articles gave 8.3 million pairs, in groups of up to 704 figures).
     */
    static final int NEIGHBOURS = 10;

    /**
     * Every pair of the group's figures, in a group of at most {@link #NEIGHBOURS} + 1; in a larger one each
     * figure and the {@link #NEIGHBOURS} next above it in value (then article, figure): figures equal within the
     * rounding lie next to one another in that order, so every figure keeps a corroboration by an equal one, and a
     * conflict with the nearest different values.
     */
    void compare(List<Fig> all, Consumer<Triple> out) {
        List<Fig> figures = Copies.onePerSource(all, sources);  // copies never corroborate or conflict
        Node corroborated = GK.gk("corroboratedBy"), conflicts = GK.gk("conflictsWith");
        List<Fig> group = figures;
        int reach = group.size();
        if (group.size() > NEIGHBOURS + 1) {
            group = new ArrayList<>(figures);
            group.sort(java.util.Comparator.comparing(Fig::value).thenComparing(Fig::article).thenComparing(Fig::obs));
            reach = NEIGHBOURS;
        }
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size() && j - i <= reach; j++) {
                Fig a = group.get(i), b = group.get(j);
                if (a.article().equals(b.article())) continue;
                Node x = NodeFactory.createURI(a.obs()), y = NodeFactory.createURI(b.obs());
                java.math.BigDecimal diff = a.value().subtract(b.value()).abs();
                if (diff.compareTo(a.tolerance().max(b.tolerance())) <= 0) {
                    out.accept(Triple.create(x, corroborated, y));
                    out.accept(Triple.create(y, corroborated, x));
                    continue;
                }
                out.accept(Triple.create(x, conflicts, y));
                out.accept(Triple.create(y, conflicts, x));
                Node c = NodeFactory.createURI(base + "conflict/" + Keys.hash(a.obs() + "|" + b.obs()));
                out.accept(Triple.create(c, GK.rdfType, GK.gk("Conflict")));
                out.accept(Triple.create(c, GK.gk("observation"), x));
                out.accept(Triple.create(c, GK.gk("observation"), y));
                out.accept(Triple.create(c, GK.gk("difference"), DocumentMapper.decimal(diff)));
            }
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    /**
     * Half the last stated digit, in the base unit: 427.8亿元 (value 42780000000) → 0.05亿 = 5000000. A figure
     * written without Arabic digits (三成) is exact.
     */
    static java.math.BigDecimal tolerance(java.math.BigDecimal value, String stated) {
        if (stated == null) return java.math.BigDecimal.ZERO;
        java.util.regex.Matcher m = NUMBER.matcher(stated.replace(",", ""));
        if (!m.find()) return java.math.BigDecimal.ZERO;
        java.math.BigDecimal number = new java.math.BigDecimal(m.group());
        if (number.signum() == 0) return java.math.BigDecimal.ZERO;
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        java.math.BigDecimal scale = value.abs().divide(number, java.math.MathContext.DECIMAL64);
        return scale.multiply(java.math.BigDecimal.ONE.movePointLeft(decimals)).divide(java.math.BigDecimal.valueOf(2), java.math.MathContext.DECIMAL64);
    }

    /** owl:sameAs both ways between the things CrossDocumentIdentity finds to be one. */
    private void sameAs(DatasetGraph dsg, Consumer<Triple> sink) {
        // a thing's rows merged by IRI and division as they come (ORDER BY ?e), so only the things are held
        Map<String, CrossDocumentIdentity.Thing> things = new LinkedHashMap<>();
        String q = "PREFIX gk: <" + GK.NS + ">\nPREFIX skos: <" + GK.SKOS + ">\nPREFIX rdfs: <" + GK.RDFS + ">\n"
                + "SELECT ?e ?type ?pref ?label ?div WHERE {\n"
                + "  VALUES ?type { " + String.join(" ", TYPES.stream().map(t -> "gk:" + t).toList()) + " }\n"
                + "  GRAPH ?g { ?e a ?type ; skos:prefLabel ?pref ; rdfs:label ?label ; gk:locatedIn ?loc }\n"
                + "  OPTIONAL { GRAPH ?h { ?loc gk:locatedIn ?zoneDiv } }\n"
                + "  BIND(COALESCE(?zoneDiv, ?loc) AS ?div)\n"
                + "} ORDER BY ?e";
        try (QueryExecution qe = execution(dsg, q)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String div = s.getResource("div").getURI();
                if (!div.startsWith(base + "division/")) continue;
                String code = div.substring((base + "division/").length());
                String iri = s.getResource("e").getURI(), type = s.getResource("type").getURI();
                things.computeIfAbsent(iri + " " + code, k -> new CrossDocumentIdentity.Thing(iri, type, code,
                        s.getLiteral("pref").getLexicalForm(), new TreeSet<>())).labels().add(s.getLiteral("label").getLexicalForm());
            }
        }
        Node same = NodeFactory.createURI(OWL_SAME_AS);
        for (CrossDocumentIdentity.Pair pair : CrossDocumentIdentity.sameThings(things.values(), gazetteer::chain)) {
            Node x = NodeFactory.createURI(pair.first()), y = NodeFactory.createURI(pair.second());
            sink.accept(Triple.create(x, same, y));
            sink.accept(Triple.create(y, same, x));
        }
    }
}
