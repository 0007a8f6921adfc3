package org.govkg.pipeline;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.govkg.rdf.GK;
import org.govkg.rdf.Iris;
import org.govkg.store.GraphChange;
import org.govkg.store.KgStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * gkr:graph/void brought up to date for what a build changed, with the result {@link VoidGraph#compute} gives: its
 * counts are the stored ones moved by what changed, never counted again over the store —
 * <ul>
 *   <li>a changed document's subset is counted again (its graph only); the links graph's moves by the links change;
 *       the dataset's void:triples by the sum of those moves;</li>
 *   <li>entities: each subject a changed graph types, before and after (before: its old graph's classes with those of
 *       the graphs the build left alone; after: every graph's), moves its classes' partitions and, when it gains its
 *       first class or loses its last, void:entities;</li>
 *   <li>the link properties' partitions move by the links change;</li>
 *   <li>a class's example is the least of the stored one, when it still stands, and the changed graphs' candidates;
 *       when the stored one went, the class is read again.</li>
 * </ul>
 * The ontology and gazetteer graphs are not followed: a build that rewrites them recomputes the whole description.
 */
final class VoidDelta {
    private final String base;
    private final Iris iris;
    private final Node voidGraph, linksGraph, ds;

    VoidDelta(String base) {
        this.base = base;
        this.iris = new Iris(base);
        this.voidGraph = iris.voidGraph();
        this.linksGraph = iris.linksGraph();
        this.ds = iris.voidDataset();
    }

    /**
     * The change of the VoID graph after documents {@code changedGraphs} were written (their keys before, {@code old},
     * and after, {@code now}), and before {@code links} is applied to the links graph; read in the caller's read
     * transaction.
     */
    GraphChange compute(DatasetGraph dsg, Set<Node> changedGraphs, DocumentKeys old, DocumentKeys now, IncrementalLinks.Delta links) {
        Change change = new Change(dsg);
        long total = 0;
        for (Node g : changedGraphs) {
            long after = Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
            total += subset(change, g, after);
        }
        long linksBefore = storedCount(dsg, VoidGraph.subset(base, linksGraph), VoidGraph.v("triples"));
        total += subset(change, linksGraph, linksBefore + links.added().size() - links.removed().size());
        if (total != 0) {
            long before = storedCount(dsg, ds, VoidGraph.v("triples"));
            change.set(ds, VoidGraph.v("triples"), before, before + total);
        }
        entities(dsg, change, changedGraphs, old, now, links);
        for (String p : VoidGraph.LINK_PROPERTIES) {
            Node property = NodeFactory.createURI(p);
            long moved = links.added().stream().filter(t -> t.getPredicate().equals(property)).count()
                    - links.removed().stream().filter(t -> t.getPredicate().equals(property)).count();
            if (moved == 0) continue;
            Node part = VoidGraph.propertyPartition(base, p);
            long before = storedCount(dsg, part, VoidGraph.v("triples"));
            change.set(part, VoidGraph.v("triples"), before, before + moved);
        }
        examples(dsg, change, changedGraphs, old, now);
        return change.done();
    }

    /** Moves the subset of graph {@code g} to {@code after} triples (none: no subset); returns the move. */
    private long subset(Change change, Node g, long after) {
        Node subset = VoidGraph.subset(base, g);
        Triple count = change.stored(subset, VoidGraph.v("triples"));
        long before = count == null ? 0 : number(count.getObject());
        if (count != null && after == before) return 0;
        List<Triple> whole = List.of(Triple.create(ds, VoidGraph.v("subset"), subset),
                Triple.create(subset, RDF.type.asNode(), VoidGraph.v("Dataset")),
                Triple.create(subset, NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#name"), g));
        if (after == 0) {
            if (count != null) {
                change.remove(count);
                whole.forEach(change::remove);
            }
        } else if (count == null) {
            whole.forEach(change::add);
            change.add(Triple.create(subset, VoidGraph.v("triples"), VoidGraph.integer(after)));
        } else change.set(subset, VoidGraph.v("triples"), before, after);
        return after - before;
    }

    private void entities(DatasetGraph dsg, Change change, Set<Node> changedGraphs, DocumentKeys old, DocumentKeys now,
                          IncrementalLinks.Delta links) {
        Map<Node, Set<Node>> linksRemoved = typed(links.removed()), linksAdded = typed(links.added());
        Set<Node> subjects = new LinkedHashSet<>(old.types().keySet());
        subjects.addAll(now.types().keySet());
        subjects.addAll(linksRemoved.keySet());
        subjects.addAll(linksAdded.keySet());
        Map<Node, Long> moves = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        long entities = 0;
        for (Node s : subjects) {
            if (!s.isURI() || !s.getURI().startsWith(base)) continue;
            Set<Node> before = new HashSet<>(old.types().getOrDefault(s, Set.of())), after = new HashSet<>();
            Set<Node> inLinks = new HashSet<>();
            Iter.forEach(dsg.findNG(Node.ANY, s, RDF.type.asNode(), Node.ANY), q -> {
                Node g = q.getGraph(), c = q.getObject();
                if (!c.isURI() || g.equals(voidGraph)) return;
                if (g.equals(linksGraph)) {
                    inLinks.add(c);
                    return;
                }
                after.add(c);
                if (!changedGraphs.contains(g)) before.add(c);
            });
            before.addAll(inLinks);
            inLinks.removeAll(linksRemoved.getOrDefault(s, Set.of()));
            inLinks.addAll(linksAdded.getOrDefault(s, Set.of()));
            after.addAll(inLinks);
            for (Node c : after) if (!before.contains(c)) moves.merge(c, 1L, Long::sum);
            for (Node c : before) if (!after.contains(c)) moves.merge(c, -1L, Long::sum);
            if (before.isEmpty() != after.isEmpty()) entities += after.isEmpty() ? -1 : 1;
        }
        for (Map.Entry<Node, Long> m : moves.entrySet()) {
            if (m.getValue() == 0) continue;
            String c = m.getKey().getURI();
            Node part = VoidGraph.classPartition(base, c);
            Triple count = change.stored(part, VoidGraph.v("entities"));
            long before = count == null ? 0 : number(count.getObject()), after = before + m.getValue();
            List<Triple> whole = List.of(Triple.create(ds, VoidGraph.v("classPartition"), part),
                    Triple.create(part, VoidGraph.v("class"), m.getKey()));
            if (after == 0) {
                if (count != null) change.remove(count);
                whole.forEach(change::remove);
            } else if (count == null) {
                whole.forEach(change::add);
                change.add(Triple.create(part, VoidGraph.v("entities"), VoidGraph.integer(after)));
            } else change.set(part, VoidGraph.v("entities"), before, after);
        }
        if (entities != 0) {
            long before = storedCount(dsg, ds, VoidGraph.v("entities"));
            change.set(ds, VoidGraph.v("entities"), before, before + entities);
        }
    }

    private static Map<Node, Set<Node>> typed(Collection<Triple> triples) {
        Map<Node, Set<Node>> out = new HashMap<>();
        for (Triple t : triples)
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI())
                out.computeIfAbsent(t.getSubject(), x -> new HashSet<>()).add(t.getObject());
        return out;
    }

    private void examples(DatasetGraph dsg, Change change, Set<Node> changedGraphs, DocumentKeys old, DocumentKeys now) {
        Node example = VoidGraph.v("exampleResource");
        List<Node> stored = new ArrayList<>();
        Iter.forEach(dsg.find(voidGraph, ds, example, Node.ANY), q -> stored.add(q.getObject()));
        Set<Node> examples = new LinkedHashSet<>();
        for (String c : VoidGraph.EXAMPLE_CLASSES) {
            Node type = GK.gk(c);
            Node was = null;
            for (Node e : stored)
                if (e.isURI() && (was == null || e.getURI().compareTo(was.getURI()) < 0)
                        && (old.examples().contains(new DocumentKeys.Example(e, type)) || qualifies(dsg, e, type, changedGraphs)))
                    was = e;
            Node is;
            if (was != null && !qualifies(dsg, was, type, Set.of())) is = VoidGraph.example(dsg, c);
            else {
                is = was;
                for (DocumentKeys.Example x : now.examples())
                    if (x.type().equals(type) && x.subject().isURI() && (is == null || x.subject().getURI().compareTo(is.getURI()) < 0)
                            && qualifies(dsg, x.subject(), type, Set.of()))
                        is = x.subject();
            }
            if (is != null) examples.add(is);
        }
        for (Node e : stored) if (!examples.contains(e)) change.remove(Triple.create(ds, example, e));
        for (Node e : examples) if (!stored.contains(e)) change.add(Triple.create(ds, example, e));
    }

    /** Whether a graph other than {@code skip} types {@code s} so and mentions it (an article: hashes it). */
    private static boolean qualifies(DatasetGraph dsg, Node s, Node type, Set<Node> skip) {
        Node p = type.equals(GK.Article) ? GK.contentHash : GK.mentionedIn;
        java.util.Iterator<Quad> it = dsg.findNG(Node.ANY, s, RDF.type.asNode(), type);
        try {
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (skip.contains(g)) continue;
                java.util.Iterator<Quad> m = dsg.find(g, s, p, Node.ANY);
                boolean any = m.hasNext();
                Iter.close(m);
                if (any) return true;
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }

    private long storedCount(DatasetGraph dsg, Node s, Node p) {
        java.util.Iterator<Quad> it = dsg.find(voidGraph, s, p, Node.ANY);
        try {
            return it.hasNext() ? number(it.next().getObject()) : 0;
        } finally {
            Iter.close(it);
        }
    }

    private static long number(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }

    /** The triples to take out of the VoID graph and to put in, as the stored graph has them. */
    private final class Change {
        private final DatasetGraph dsg;
        private final Set<Triple> removed = new LinkedHashSet<>(), added = new LinkedHashSet<>();

        Change(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        Triple stored(Node s, Node p) {
            java.util.Iterator<Quad> it = dsg.find(voidGraph, s, p, Node.ANY);
            try {
                return it.hasNext() ? it.next().asTriple() : null;
            } finally {
                Iter.close(it);
            }
        }

        void set(Node s, Node p, long before, long after) {
            if (before == after) return;
            Triple was = stored(s, p);
            if (was != null) remove(was);
            add(Triple.create(s, p, VoidGraph.integer(after)));
        }

        void remove(Triple t) {
            Triple s = KgStore.asStored(t);
            if (added.remove(s)) return;
            if (dsg.contains(voidGraph, s.getSubject(), s.getPredicate(), s.getObject())) removed.add(s);
        }

        void add(Triple t) {
            Triple s = KgStore.asStored(t);
            if (removed.remove(s)) return;
            if (!dsg.contains(voidGraph, s.getSubject(), s.getPredicate(), s.getObject())) added.add(s);
        }

        GraphChange done() {
            return new GraphChange(new ArrayList<>(removed), new ArrayList<>(added));
        }
    }
}
