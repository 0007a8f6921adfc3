package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.govkg.extract.Gazetteer;
import org.govkg.rdf.DocumentMapper;
import org.govkg.rdf.GK;
import org.govkg.resolve.Keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * gkr:graph/links, the facts that need several documents, recomputed from the stored documents after each
 * build: how many documents mention each thing (gk:documentCount), agreement and conflict between figures
 * of different articles (gk:corroboratedBy, gk:conflictsWith), and owl:sameAs between two IRIs of one
 * project, zone, company or place. Each document keys a thing by its own division, so one article about a
 * city and one about its district give the same park two IRIs, and an article may name a project in short
 * (锐驰储能电池项目) that another names in full. Two things are linked when they are of one kind, lie in the
 * same division or one inside the other, and have one name in common or one name is the short form of the
 * other (Keys.isShortForm) with no other candidate. Things in unrelated divisions stay apart.
 */
final class Links {
    private static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    private static final List<String> TYPES = List.of("Project", "IndustrialZone", "Enterprise", "Place");

    private final Gazetteer gazetteer;
    private final String base;

    Links(Gazetteer gazetteer, String base) {
        this.gazetteer = gazetteer;
        this.base = base;
    }

    /** Rows an ORDER BY holds in memory before ARQ sorts on disk: every observation of a large store does not fit in 512 MiB. */
    private static final long SPILL = 50_000;

    private record Thing(String iri, String type, String division, String pref, Set<String> labels) {}

    /**
     * The links graph as the stored documents give it now (the links graph itself is not read), computed in one
     * read transaction; the caller writes it through the store, which also keeps the full-text index in step.
     */
    org.apache.jena.graph.Graph compute(DatasetGraph dsg) {
        String counts = "PREFIX gk: <" + GK.NS + ">\n"
                + "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?e gk:mentionedIn ?a } } GROUP BY ?e HAVING (COUNT(DISTINCT ?a) > 1)";
        org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(counts).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(Triple.create(s.get("e").asNode(), GK.gk("documentCount"), s.get("n").asNode()));
                }
            }
            sameAs(dsg).forEach(out::add);
            agreement(dsg).forEach(out::add);
        });
        return out;
    }

    private record Fig(String obs, String article, java.math.BigDecimal value, java.math.BigDecimal tolerance) {}

    /**
     * Figures several articles state for one area, indicator, period and kind: equal within the rounding of
     * the less precise statement (428亿元 and 427.8亿元) → gk:corroboratedBy both ways; else gk:conflictsWith
     * both ways and a gk:Conflict with the difference. Only resolved periods are compared (去年同期 in two
     * articles need not be one period), and only figures of different articles. Read in key order, one
     * group at a time.
     */
    private List<Triple> agreement(DatasetGraph dsg) {
        String q = "PREFIX gk: <" + GK.NS + ">\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + "SELECT ?o ?area ?ind ?period ?kind ?value ?stated ?article WHERE {\n"
                + "  GRAPH ?g { ?o a gk:Observation ; gk:refArea ?area ; gk:indicator ?ind ; gk:refPeriod ?period ; gk:kind ?kind ;\n"
                + "             gk:value ?value ; prov:wasDerivedFrom ?article . OPTIONAL { ?o gk:statedValue ?stated } }\n"
                + "  FILTER (STRSTARTS(STR(?period), \"" + base + "period/2\") || STRSTARTS(STR(?period), \"" + base + "period/1\"))\n"
                + "} ORDER BY ?area ?ind ?period ?kind ?article ?o";
        List<Triple> out = new ArrayList<>();
        String key = null;
        List<Fig> group = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                .set(org.apache.jena.query.ARQ.spillToDiskThreshold, SPILL).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String k = s.get("area") + "|" + s.get("ind") + "|" + s.get("period") + "|" + s.get("kind");
                if (!k.equals(key)) {
                    compare(group, out);
                    group.clear();
                    key = k;
                }
                java.math.BigDecimal v = new java.math.BigDecimal(s.getLiteral("value").getLexicalForm());
                String stated = s.contains("stated") ? s.getLiteral("stated").getLexicalForm() : null;
                group.add(new Fig(s.getResource("o").getURI(), s.getResource("article").getURI(), v, tolerance(v, stated)));
            }
        }
        compare(group, out);
        return out;
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
    private void compare(List<Fig> figures, List<Triple> out) {
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
                    out.add(Triple.create(x, corroborated, y));
                    out.add(Triple.create(y, corroborated, x));
                    continue;
                }
                out.add(Triple.create(x, conflicts, y));
                out.add(Triple.create(y, conflicts, x));
                Node c = NodeFactory.createURI(base + "conflict/" + Keys.hash(a.obs() + "|" + b.obs()));
                out.add(Triple.create(c, GK.rdfType, GK.gk("Conflict")));
                out.add(Triple.create(c, GK.gk("observation"), x));
                out.add(Triple.create(c, GK.gk("observation"), y));
                out.add(Triple.create(c, GK.gk("difference"), DocumentMapper.decimal(diff)));
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

    private List<Triple> sameAs(DatasetGraph dsg) {
        // grouped by prefecture: a thing can only be linked within the city its division belongs to
        Map<String, Map<String, Thing>> byCity = new TreeMap<>();
        String q = "PREFIX gk: <" + GK.NS + ">\nPREFIX skos: <" + GK.SKOS + ">\nPREFIX rdfs: <" + GK.RDFS + ">\n"
                + "SELECT ?e ?type ?pref ?label ?div WHERE {\n"
                + "  VALUES ?type { " + String.join(" ", TYPES.stream().map(t -> "gk:" + t).toList()) + " }\n"
                + "  GRAPH ?g { ?e a ?type ; skos:prefLabel ?pref ; rdfs:label ?label ; gk:locatedIn ?loc }\n"
                + "  OPTIONAL { GRAPH ?h { ?loc gk:locatedIn ?zoneDiv } }\n"
                + "  BIND(COALESCE(?zoneDiv, ?loc) AS ?div)\n"
                + "} ORDER BY ?e";
        Query query = QueryFactory.create(q);
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                .set(org.apache.jena.query.ARQ.spillToDiskThreshold, SPILL).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String div = s.getResource("div").getURI();
                if (!div.startsWith(base + "division/")) continue;
                String code = div.substring((base + "division/").length());
                if (gazetteer.get(code) == null) continue;
                String city = cityOf(code);
                String iri = s.getResource("e").getURI(), type = s.getResource("type").getURI();
                Thing t = byCity.computeIfAbsent(city, c -> new TreeMap<>())
                        .computeIfAbsent(iri, i -> new Thing(i, type, code, s.getLiteral("pref").getLexicalForm(), new TreeSet<>()));
                t.labels().add(Keys.normalize(s.getLiteral("label").getLexicalForm()));
                t.labels().add(Keys.normalize(t.pref()));
            }
        }
        List<Triple> out = new ArrayList<>();
        Node same = NodeFactory.createURI(OWL_SAME_AS);
        for (Map<String, Thing> things : byCity.values()) {
            List<Thing> list = new ArrayList<>(things.values());
            for (Thing a : list) {
                Thing only = null;
                int candidates = 0;
                for (Thing b : list) {
                    if (a == b || !a.type().equals(b.type()) || !related(a.division(), b.division())) continue;
                    boolean shared = a.labels().stream().anyMatch(b.labels()::contains);
                    if (shared && a.iri().compareTo(b.iri()) < 0) link(out, same, a, b);
                    if (!shared && Keys.isShortForm(a.pref(), b.pref())) { only = b; candidates++; }
                }
                if (candidates == 1) link(out, same, a, only);
            }
        }
        return out;
    }

    private static void link(List<Triple> out, Node same, Thing a, Thing b) {
        Node x = NodeFactory.createURI(a.iri()), y = NodeFactory.createURI(b.iri());
        out.add(Triple.create(x, same, y));
        out.add(Triple.create(y, same, x));
    }

    private String cityOf(String code) {
        List<Gazetteer.Division> chain = gazetteer.chain(code);
        for (Gazetteer.Division d : chain) if (d.level().equals("prefecture")) return d.code();
        return chain.isEmpty() ? code : chain.get(chain.size() - 1).code();
    }

    /** The same division, or one inside the other. */
    private boolean related(String a, String b) {
        if (a.equals(b)) return true;
        for (Gazetteer.Division d : gazetteer.chain(a)) if (d.code().equals(b)) return true;
        for (Gazetteer.Division d : gazetteer.chain(b)) if (d.code().equals(a)) return true;
        return false;
    }
}
