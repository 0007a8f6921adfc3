package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.govkg.rdf.GK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document graph can change in the graphs derived from every document (see DerivedGraphs): the keys the
 * links and the VoID description are grouped by, read from the graph's triples. A build takes them from the graph it
 * writes and from the one it replaces or removes (read before it goes), and recomputes only those groups.
 *
 * @param mentioned    things the graph says are mentioned (subjects of gk:mentionedIn): their gk:documentCount
 * @param things       things of the kinds owl:sameAs joins (project, zone, enterprise, place)
 * @param located      subjects and objects of gk:locatedIn: the divisions (and zones) whose cities' owl:sameAs change
 * @param suffixes     the last four characters of those things' preferred names, normalised: a thing elsewhere whose
 *                     name ends so may have one of them as its only short-form candidate
 * @param figures      the (area, indicator, period, kind) groups of the graph's observations, resolved periods only
 * @param observations the observations of those groups
 * @param types        each subject under the base with its classes in this graph (VoID's entities)
 * @param examples     subjects that may stand as a VoID example of their class (typed and mentioned here)
 * @param articles     the articles the graph gives a text signature (gk:textSignature): their copy links (Copies)
 */
record DocumentKeys(Set<Node> mentioned, Set<Node> things, Set<Node> located, Set<String> suffixes,
                    Set<FigureKey> figures, Set<Node> observations, Map<Node, Set<Node>> types, Set<Example> examples,
                    Set<Node> articles) {

    /** A group of figures Links compares: one area, indicator, period and kind. */
    record FigureKey(Node area, Node indicator, Node period, Node kind) {}

    /** A subject of one of VoID's example classes, typed and mentioned (an article: hashed) in one graph. */
    record Example(Node subject, Node type) {}

    static final List<Node> SAME_AS_TYPES = Links.TYPES.stream().map(GK::gk).toList();

    static DocumentKeys empty() {
        return new DocumentKeys(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>(), new HashMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    /** The keys of one graph's triples; {@code base} is the store's base IRI. */
    static DocumentKeys of(Iterable<Triple> graph, String base) {
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        for (Triple t : graph) bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
        DocumentKeys k = empty();
        for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) k.subject(e.getKey(), e.getValue(), base);
        return k;
    }

    private void subject(Node s, List<Triple> ts, String base) {
        Set<Node> classes = new LinkedHashSet<>();
        List<Node> areas = new ArrayList<>(), indicators = new ArrayList<>(), periods = new ArrayList<>(), kinds = new ArrayList<>(),
                prefs = new ArrayList<>();
        boolean mentions = false, hashed = false;
        for (Triple t : ts) {
            Node p = t.getPredicate(), o = t.getObject();
            if (p.equals(GK.rdfType) && o.isURI()) classes.add(o);
            else if (p.equals(GK.mentionedIn)) mentions = true;
            else if (p.equals(GK.contentHash)) hashed = true;
            else if (p.equals(GK.textSignature)) articles.add(s);
            else if (p.equals(GK.locatedIn)) {
                located.add(s);
                located.add(o);
            } else if (p.equals(GK.skosPrefLabel) && o.isLiteral()) prefs.add(o);
            else if (p.equals(GK.refArea)) areas.add(o);
            else if (p.equals(GK.indicator)) indicators.add(o);
            else if (p.equals(GK.refPeriod) && resolved(o, base)) periods.add(o);
            else if (p.equals(GK.kind)) kinds.add(o);
        }
        if (mentions) mentioned.add(s);
        if (s.isURI() && s.getURI().startsWith(base) && !classes.isEmpty()) types.put(s, classes);
        for (Node c : classes) {
            if (SAME_AS_TYPES.contains(c)) {
                things.add(s);
                for (Node pref : prefs) suffixes.add(suffix(pref.getLiteralLexicalForm()));
            }
            boolean exampleClass = c.getURI().startsWith(GK.NS) && VoidGraph.EXAMPLE_CLASSES.contains(c.getURI().substring(GK.NS.length()));
            if (exampleClass && (c.equals(GK.Article) ? hashed : mentions))
                examples.add(new Example(s, c));
        }
        if (classes.contains(GK.Observation)) {
            boolean any = false;
            for (Node a : areas) for (Node i : indicators) for (Node p : periods) for (Node kd : kinds) {
                figures.add(new FigureKey(a, i, p, kd));
                any = true;
            }
            if (any) observations.add(s);
        }
    }

    /** The periods Links compares: those with dates (gkr:period/2023-…), not a document's own unresolved one. */
    static boolean resolved(Node period, String base) {
        if (!period.isURI()) return false;
        String p = period.getURI();
        return p.startsWith(base + "period/2") || p.startsWith(base + "period/1");
    }

    /** The last four characters of a name as CrossDocumentIdentity compares names (the whole name when shorter). */
    static String suffix(String name) {
        String n = org.govkg.resolve.Keys.normalize(name);
        return n.length() <= 4 ? n : n.substring(n.length() - 4);
    }

    /** Adds {@code other}'s keys to these. */
    void addAll(DocumentKeys other) {
        mentioned.addAll(other.mentioned);
        things.addAll(other.things);
        located.addAll(other.located);
        suffixes.addAll(other.suffixes);
        figures.addAll(other.figures);
        observations.addAll(other.observations);
        other.types.forEach((s, cs) -> types.computeIfAbsent(s, x -> new LinkedHashSet<>()).addAll(cs));
        examples.addAll(other.examples);
        articles.addAll(other.articles);
    }

    /** How many keys these are, to bound what a build holds. */
    long size() {
        long n = mentioned.size() + things.size() + located.size() + suffixes.size() + figures.size() + observations.size() + examples.size()
                + articles.size();
        for (Set<Node> cs : types.values()) n += cs.size();
        return n;
    }
}
