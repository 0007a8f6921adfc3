package org.govkg.pipeline;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.govkg.extract.Gazetteer;
import org.govkg.rdf.GK;
import org.govkg.resolve.CrossDocumentIdentity;
import org.govkg.store.KgStore;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * gkr:graph/links brought up to date for what a build changed, with the result {@link Links#compute} gives over the
 * whole store: each kind of link is recomputed for the groups Links computes it in, and only for the groups the
 * changed documents' keys (DocumentKeys, of the old graphs and the new) touch —
 * <ul>
 *   <li>gk:documentCount per thing: counted again for the things the documents mention;</li>
 *   <li>corroboration, conflict and revision (Revisions) per (area, indicator, period, kind): the figures of the changed groups found by
 *       their indicator and area (TDB2's POSG index) and compared again as Links compares a group;</li>
 *   <li>gk:outcome and gk:TargetAssessment per (area, indicator): the pairs of the changed figures, assessed again as
 *       Links assesses them (TargetAssessments);</li>
 *   <li>owl:sameAs per city (CrossDocumentIdentity compares things only within their city): the cities of the changed
 *       locations, their things read as Links' query reads them (the same rows, in the same order, so the same
 *       first name and division for a thing of several), compared again.</li>
 * </ul>
 * Each part collects the links triples the store holds for its groups and the ones the groups give now; the change is
 * their difference. Reads run inside the caller's read transaction and are bounded by the groups, not the store.
 */
final class IncrementalLinks {
    private static final Node SAME_AS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
    private static final Node DOCUMENT_COUNT = GK.gk("documentCount");
    private static final Node CORROBORATED = GK.gk("corroboratedBy"), CONFLICTS = GK.gk("conflictsWith");
    private static final Node OBSERVATION_OF = GK.gk("observation");

    /** Triples to take out of the links graph (as stored) and to put in (none of them stored). */
    record Delta(List<Triple> removed, List<Triple> added) {
        boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    private final Links links;
    private final Gazetteer gazetteer;
    private final String base;
    private final Node graph;

    IncrementalLinks(Gazetteer gazetteer, String base) {
        this.links = new Links(gazetteer, base);
        this.gazetteer = gazetteer;
        this.base = base;
        this.graph = new org.govkg.rdf.Iris(base).linksGraph();
    }

    /** The change of the links graph for the keys of the changed documents (old and new graphs together). */
    Delta compute(DatasetGraph dsg, DocumentKeys keys) {
        Set<Triple> stored = new LinkedHashSet<>();
        Set<Triple> derived = new LinkedHashSet<>();
        DocumentKeys changed = copies(dsg, keys, stored, derived);
        documentCounts(dsg, changed, stored, derived);
        agreement(dsg, changed, stored, derived);
        new SameAs(dsg).compute(changed, stored, derived);
        targets(dsg, changed, stored, derived);
        Set<Triple> derivedAsStored = new HashSet<>();
        List<Triple> added = new ArrayList<>();
        for (Triple t : derived) {
            Triple s = KgStore.asStored(t);
            derivedAsStored.add(s);
            if (!stored.contains(s)) added.add(t);
        }
        List<Triple> removed = new ArrayList<>();
        for (Triple t : stored) if (!derivedAsStored.contains(t)) removed.add(t);
        return new Delta(removed, added);
    }

    // ---- gk:copyOf (Copies) ----

    /**
     * The copy links of the changed articles' clusters, and the keys to recompute: those given with the articles whose
     * original changed (becoming or ceasing to be a copy), whose figures and mentions now count otherwise.
     */
    private DocumentKeys copies(DatasetGraph dsg, DocumentKeys changed, Set<Triple> stored, Set<Triple> derived) {
        Copies.Update update = new Copies(base).update(dsg, graph, changed.articles(), stored, derived);
        links.sources(update.sources());
        if (update.resourced().isEmpty()) return changed;
        DocumentKeys keys = DocumentKeys.empty();
        keys.addAll(changed);
        for (Node a : update.resourced()) {
            Set<Node> graphs = new LinkedHashSet<>();
            Iter.forEach(dsg.findNG(Node.ANY, a, GK.textSignature, Node.ANY), q -> graphs.add(q.getGraph()));
            for (Node g : graphs) {
                List<Triple> triples = new ArrayList<>();
                Iter.forEach(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), q -> triples.add(q.asTriple()));
                keys.addAll(DocumentKeys.of(triples, base));
            }
        }
        return keys;
    }

    private void storedTriples(DatasetGraph dsg, Node s, Node p, Node o, Set<Triple> into) {
        Iter.forEach(dsg.find(graph, s, p, o), q -> into.add(q.asTriple()));
    }

    // ---- gk:documentCount ----

    private void documentCounts(DatasetGraph dsg, DocumentKeys changed, Set<Triple> stored, Set<Triple> derived) {
        for (Node thing : changed.mentioned()) {
            storedTriples(dsg, thing, DOCUMENT_COUNT, Node.ANY, stored);
            Set<Node> articles = new HashSet<>();
            Iter.forEach(dsg.findNG(Node.ANY, thing, GK.mentionedIn, Node.ANY), q -> articles.add(links.sources().source(q.getObject())));
            if (articles.size() > 1) derived.add(Triple.create(thing, DOCUMENT_COUNT, Links.integer(articles.size())));
        }
    }

    // ---- gk:corroboratedBy, gk:conflictsWith ----

    private void agreement(DatasetGraph dsg, DocumentKeys changed, Set<Triple> stored, Set<Triple> derived) {
        Map<Node, Map<Node, Set<Node>>> subjects = new HashMap<>();
        Set<DocumentKeys.FigureKey> done = new HashSet<>();
        Deque<DocumentKeys.FigureKey> todo = new ArrayDeque<>(changed.figures());
        Set<Node> members = new LinkedHashSet<>(changed.observations());
        Revisions revisions = new Revisions(dsg);
        // an observation of two groups (two areas, say) has the links of both: the other group is computed too
        while (!todo.isEmpty()) {
            DocumentKeys.FigureKey key = todo.poll();
            if (!done.add(key)) continue;
            List<Links.Fig> group = new ArrayList<>();
            Set<Node> areaFigures = subjects(dsg, subjects, GK.refArea, key.area());
            for (Node o : subjects(dsg, subjects, GK.indicator, key.indicator())) {
                if (!areaFigures.contains(o)) continue;
                Links.Fig f = figure(dsg, o, key);
                if (f == null) continue;
                group.add(f);
                members.add(o);
                for (DocumentKeys.FigureKey other : keys(dsg, o)) if (!done.contains(other)) todo.add(other);
            }
            // the order of Links' query (ORDER BY ?article ?o within a group): the conflict IRIs depend on it
            group.sort(Comparator.comparing(Links.Fig::article).thenComparing(Links.Fig::obs));
            links.compare(group, revisions.around(derived::add));
        }
        for (Node o : members) {
            storedTriples(dsg, o, CORROBORATED, Node.ANY, stored);
            storedTriples(dsg, o, CONFLICTS, Node.ANY, stored);
            storedTriples(dsg, o, Revisions.REVISES, Node.ANY, stored);
            Iter.forEach(dsg.find(graph, Node.ANY, OBSERVATION_OF, o), q -> storedTriples(dsg, q.getSubject(), Node.ANY, Node.ANY, stored));
        }
    }

    /** The subjects of {@code p value} in any named graph, read once per relink (TargetAssessments reads them too). */
    static Set<Node> subjects(DatasetGraph dsg, Map<Node, Map<Node, Set<Node>>> cache, Node p, Node value) {
        return cache.computeIfAbsent(p, x -> new HashMap<>()).computeIfAbsent(value, v -> {
            Set<Node> s = new HashSet<>();
            Iter.forEach(dsg.findNG(Node.ANY, Node.ANY, p, v), q -> s.add(q.getSubject()));
            return s;
        });
    }

    /**
     * The figure as Links' query reads it for the group: from a graph that types it an observation and gives it the
     * group's area, indicator, period and kind, a value and a source; of its rows the one of the least source first.
     */
    private Links.Fig figure(DatasetGraph dsg, Node o, DocumentKeys.FigureKey key) {
        Links.Fig best = null;
        Iterator<Quad> typed = dsg.findNG(Node.ANY, o, GK.rdfType, GK.Observation);
        while (typed.hasNext()) {
            Node g = typed.next().getGraph();
            if (!dsg.contains(g, o, GK.refArea, key.area()) || !dsg.contains(g, o, GK.indicator, key.indicator())
                    || !dsg.contains(g, o, GK.refPeriod, key.period()) || !dsg.contains(g, o, GK.kind, key.kind())) continue;
            List<Node> values = objects(dsg, g, o, GK.value), sources = objects(dsg, g, o, GK.provWasDerivedFrom);
            if (values.isEmpty() || sources.isEmpty()) continue;
            List<Node> stated = objects(dsg, g, o, GK.statedValue);
            for (Node article : sources) {
                if (best != null && article.getURI().compareTo(best.article()) >= 0) continue;
                BigDecimal v = new BigDecimal(values.get(0).getLiteralLexicalForm());
                String s = stated.isEmpty() ? null : stated.get(0).getLiteralLexicalForm();
                best = new Links.Fig(o.getURI(), article.getURI(), v, Links.tolerance(v, s));
            }
        }
        return best;
    }

    /** Every group the observation belongs to, in any graph. */
    private Set<DocumentKeys.FigureKey> keys(DatasetGraph dsg, Node o) {
        Set<DocumentKeys.FigureKey> keys = new LinkedHashSet<>();
        Iterator<Quad> typed = dsg.findNG(Node.ANY, o, GK.rdfType, GK.Observation);
        while (typed.hasNext()) {
            Node g = typed.next().getGraph();
            for (Node a : objects(dsg, g, o, GK.refArea))
                for (Node i : objects(dsg, g, o, GK.indicator))
                    for (Node p : objects(dsg, g, o, GK.refPeriod))
                        if (DocumentKeys.resolved(p, base))
                            for (Node k : objects(dsg, g, o, GK.kind)) keys.add(new DocumentKeys.FigureKey(a, i, p, k));
        }
        return keys;
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        Iter.forEach(dsg.find(g, s, p, Node.ANY), q -> out.add(q.getObject()));
        return out;
    }

    // ---- gk:outcome, gk:TargetAssessment ----

    /** The assessments of the (area, indicator) pairs of the changed figures, computed as Links computes them. */
    private void targets(DatasetGraph dsg, DocumentKeys changed, Set<Triple> stored, Set<Triple> derived) {
        Set<List<Node>> pairs = new LinkedHashSet<>();
        for (DocumentKeys.FigureKey k : changed.figures()) pairs.add(List.of(k.area(), k.indicator()));
        links.targets().delta(dsg, graph, pairs, changed.observations(), stored, derived);
    }

    // ---- owl:sameAs ----

    /** Divisions by the city their things are compared in, from the gazetteer, made once. */
    private static volatile Map<String, List<String>> divisionsByCity;
    private static volatile Gazetteer divisionsOf;

    private Map<String, List<String>> divisionsByCity() {
        if (divisionsOf != gazetteer) {
            Map<String, List<String>> m = new HashMap<>();
            for (Gazetteer.Division d : gazetteer.all()) {
                String city = CrossDocumentIdentity.city(d.code(), gazetteer::chain);
                if (city != null) m.computeIfAbsent(city, c -> new ArrayList<>()).add(d.code());
            }
            divisionsByCity = m;
            divisionsOf = gazetteer;
        }
        return divisionsByCity;
    }

    /** One row of Links' owl:sameAs query: a thing's kind, preferred name, a name and the code of its division. */
    record Row(String type, String pref, String label, String code) {}

    private final class SameAs {
        private final DatasetGraph dsg;
        private final String divisions = base + "division/";
        private final Map<Node, List<Row>> rows = new HashMap<>();
        private final Map<String, Set<Node>> cityThings = new HashMap<>();
        private final Map<String, SortedSet<CrossDocumentIdentity.Pair>> cityPairs = new HashMap<>();

        SameAs(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        void compute(DocumentKeys changed, Set<Triple> stored, Set<Triple> derived) {
            // the cities whose things changed: those of the changed locations (a division, or a zone and the
            // divisions any graph puts it in), and the things whose rows may have changed
            Set<String> cities = new TreeSet<>();
            Set<Node> region = new LinkedHashSet<>(changed.things());
            for (Node n : changed.located()) {
                city(n, cities);
                for (Node zd : locatedIn(n)) city(zd, cities);
                Iter.forEach(dsg.findNG(Node.ANY, Node.ANY, GK.locatedIn, n), q -> region.add(q.getSubject()));
            }
            Set<CrossDocumentIdentity.Pair> candidates = new TreeSet<>();
            for (String c : cities) {
                region.addAll(things(c));
                candidates.addAll(pairs(c));
            }
            for (Node t : region) {
                if (!t.isURI()) continue;
                Iter.forEach(dsg.find(graph, t, SAME_AS, Node.ANY), q -> {
                    stored.add(q.asTriple());
                    if (q.getObject().isURI() && !q.getObject().equals(t))
                        candidates.add(pair(t.getURI(), q.getObject().getURI()));
                });
                Iter.forEach(dsg.find(graph, Node.ANY, SAME_AS, t), q -> stored.add(q.asTriple()));
            }
            for (CrossDocumentIdentity.Pair p : candidates) {
                Set<String> shared = new TreeSet<>(cities(NodeFactory.createURI(p.first())));
                shared.retainAll(cities(NodeFactory.createURI(p.second())));
                boolean one = false;
                for (String c : shared) one |= pairs(c).contains(p);
                if (!one) continue;
                Node x = NodeFactory.createURI(p.first()), y = NodeFactory.createURI(p.second());
                derived.add(Triple.create(x, SAME_AS, y));
                derived.add(Triple.create(y, SAME_AS, x));
            }
        }

        private CrossDocumentIdentity.Pair pair(String a, String b) {
            return a.compareTo(b) < 0 ? new CrossDocumentIdentity.Pair(a, b) : new CrossDocumentIdentity.Pair(b, a);
        }

        private void city(Node n, Set<String> into) {
            if (!n.isURI() || !n.getURI().startsWith(divisions)) return;
            String c = CrossDocumentIdentity.city(n.getURI().substring(divisions.length()), gazetteer::chain);
            if (c != null) into.add(c);
        }

        private List<Node> locatedIn(Node n) {
            List<Node> out = new ArrayList<>();
            Iter.forEach(dsg.findNG(Node.ANY, n, GK.locatedIn, Node.ANY), q -> out.add(q.getObject()));
            return out;
        }

        /** The cities the thing's rows put it in. */
        private Set<String> cities(Node thing) {
            Set<String> out = new TreeSet<>();
            for (Row r : rows(thing)) {
                String c = CrossDocumentIdentity.city(r.code(), gazetteer::chain);
                if (c != null) out.add(c);
            }
            return out;
        }

        /** Things that may have rows in the city: located in one of its divisions, or in a zone located in one. */
        private Set<Node> things(String city) {
            return cityThings.computeIfAbsent(city, c -> {
                Set<Node> out = new LinkedHashSet<>();
                for (String code : divisionsByCity().getOrDefault(c, List.of())) {
                    Node d = NodeFactory.createURI(divisions + code);
                    Iter.forEach(dsg.findNG(Node.ANY, Node.ANY, GK.locatedIn, d), q -> {
                        Node s = q.getSubject();
                        if (!out.add(s)) return;
                        Iter.forEach(dsg.findNG(Node.ANY, Node.ANY, GK.locatedIn, s), z -> out.add(z.getSubject()));
                    });
                }
                return out;
            });
        }

        /** The pairs CrossDocumentIdentity finds among the city's things, from their rows in that city. */
        private SortedSet<CrossDocumentIdentity.Pair> pairs(String city) {
            return cityPairs.computeIfAbsent(city, c -> {
                List<Node> sorted = new ArrayList<>(things(c));
                sorted.removeIf(n -> !n.isURI());
                sorted.sort(Comparator.comparing(Node::getURI));
                Map<String, CrossDocumentIdentity.Thing> records = new LinkedHashMap<>();
                for (Node e : sorted) {
                    for (Row r : rows(e)) {
                        if (!c.equals(CrossDocumentIdentity.city(r.code(), gazetteer::chain))) continue;
                        records.computeIfAbsent(e.getURI() + " " + r.code(), k -> new CrossDocumentIdentity.Thing(e.getURI(), r.type(),
                                r.code(), r.pref(), new TreeSet<>())).labels().add(r.label());
                    }
                }
                return CrossDocumentIdentity.sameThings(records.values(), gazetteer::chain);
            });
        }

        /**
         * The thing's rows as Links' query gives them (in its order: kind as listed, then graph, then name as TDB2's
         * indexes order them), only those whose division is a division.
         */
        private List<Row> rows(Node e) {
            return rows.computeIfAbsent(e, x -> {
                List<Row> out = new ArrayList<>();
                for (String type : Links.TYPES) {
                    Node t = GK.gk(type);
                    Iterator<Quad> typed = dsg.findNG(Node.ANY, e, GK.rdfType, t);
                    while (typed.hasNext()) {
                        Node g = typed.next().getGraph();
                        List<Node> prefs = objects(dsg, g, e, GK.skosPrefLabel), labels = objects(dsg, g, e, GK.rdfsLabel);
                        List<Node> locs = objects(dsg, g, e, GK.locatedIn);
                        for (Node pref : prefs) {
                            if (!pref.isLiteral()) continue;
                            for (Node label : labels) {
                                if (!label.isLiteral()) continue;
                                for (Node loc : locs) {
                                    List<Node> zone = locatedIn(loc);
                                    for (Node div : zone.isEmpty() ? List.of(loc) : zone) {
                                        if (!div.isURI() || !div.getURI().startsWith(divisions)) continue;
                                        out.add(new Row(t.getURI(), pref.getLiteralLexicalForm(), label.getLiteralLexicalForm(),
                                                div.getURI().substring(divisions.length())));
                                    }
                                }
                            }
                        }
                    }
                }
                return out;
            });
        }
    }
}
