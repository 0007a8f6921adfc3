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
import org.apache.jena.update.UpdateAction;
import org.govkg.extract.Gazetteer;
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
 * build: how many documents mention each thing (gk:documentCount), and owl:sameAs between two IRIs of one
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
    private final Node linksGraph;
    private final String base;

    Links(Gazetteer gazetteer, Node linksGraph, String base) {
        this.gazetteer = gazetteer;
        this.linksGraph = linksGraph;
        this.base = base;
    }

    private record Thing(String iri, String type, String division, String pref, Set<String> labels) {}

    void recompute(DatasetGraph dsg) {
        String links = linksGraph.getURI();
        String counts = "PREFIX gk: <" + GK.NS + ">\n"
                + "DROP SILENT GRAPH <" + links + "> ;\n"
                + "INSERT { GRAPH <" + links + "> { ?e gk:documentCount ?n } } WHERE {\n"
                + "  { SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?e gk:mentionedIn ?a } } GROUP BY ?e HAVING (COUNT(DISTINCT ?a) > 1) }\n"
                + "}";
        Txn.executeWrite(dsg, () -> UpdateAction.parseExecute(counts, dsg));
        List<Triple> sameAs = Txn.calculateRead(dsg, () -> sameAs(dsg));
        Txn.executeWrite(dsg, () -> sameAs.forEach(t -> dsg.add(linksGraph, t.getSubject(), t.getPredicate(), t.getObject())));
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
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).build()) {
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
