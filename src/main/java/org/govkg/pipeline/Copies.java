package org.govkg.pipeline;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.govkg.ingest.MinHash;
import org.govkg.rdf.DocumentMapper;
import org.govkg.rdf.GK;
import org.govkg.resolve.Keys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Near-duplicate documents in gkr:graph/links: {@code copy gk:copyOf original}, and a gk:CopyLink node with the copy,
 * the original and their similarity (the estimated containment, ingest.MinHash).
 * <p>
 * The rule. Two stored articles are near-duplicates when their signatures (gk:textSignature, written with the
 * document by rdf.DocumentMapper) agree on one LSH band (then they share its gk:textBand key), MinHash#copies
 * holds for them, and MinHash#exactCopies holds for their stored texts ({@link #near}): the estimate finds the
 * candidates, the texts decide. The copies of one
 * text are a connected set of near-duplicates (a cluster): its earliest article — by schema:datePublished (an article
 * without one after those with), then IRI — is the original, and every other member is gk:copyOf it. A pair's test
 * reads only the two articles' signatures and texts, so the clusters do not depend on the order documents came in: the incremental path
 * ({@link #update}) finds the same ones as the whole store's ({@link #compute}).
 * <p>
 * Independence. The rest of the links count a cluster once: {@link Sources#source} names an article's original
 * (itself when it is none's copy); gk:documentCount counts sources, and a group of figures keeps the figures of one
 * article per source ({@link #onePerSource}).
 * <p>
 * Cost. The whole store: each signature read once, its band hashes sorted in memory (8 bytes a band), each
 * bucket's members compared pairwise unless already joined; signatures read again by article from the store for
 * the comparisons, the last {@link #CACHED} kept. One build: the changed articles' clusters as stored, then their buckets only (a band key
 * is a literal object: TDB2's POSG index finds its articles), so its work grows with the clusters, not the store.
 */
final class Copies {
    /** Signatures held while comparing the whole store's buckets. */
    static final int CACHED = 20_000;

    private final String base;

    Copies(String base) {
        this.base = base;
    }

    /** An article's independent source: the original of its cluster, or itself. */
    interface Sources {
        Node source(Node article);

        default String source(String article) {
            return source(NodeFactory.createURI(article)).getURI();
        }
    }

    /** The figures of a group of Links' with one article per source kept: the source's own, else the least article. */
    static List<Links.Fig> onePerSource(List<Links.Fig> figures, Sources sources) {
        Map<String, String> chosen = new HashMap<>();
        for (Links.Fig f : figures) {
            String source = sources.source(f.article());
            String was = chosen.get(source);
            if (was == null || !was.equals(source) && (f.article().equals(source) || f.article().compareTo(was) < 0))
                chosen.put(source, f.article());
        }
        if (chosen.size() == figures.size()) return figures;
        List<Links.Fig> out = new ArrayList<>();
        for (Links.Fig f : figures) if (f.article().equals(chosen.get(sources.source(f.article())))) out.add(f);
        return out;
    }

    // ---- the whole store ----

    /** Articles the whole store's comparison indexes: its bucket entries keep an article in 24 bits. */
    static final int MAX_ARTICLES = 1 << 24;

    /**
     * Whether two stored articles are near-duplicates: their signatures share a band (LSH's candidates) and
     * MinHash#copies holds, and so does MinHash#exactCopies on their stored texts (the estimate only finds the
     * candidates). A function of the two articles' signatures and texts, the one test both paths make.
     */
    static boolean near(MinHash.Signature a, MinHash.Signature b) {
        return MinHash.shareBand(a, b) && MinHash.copies(a, b);
    }

    private static boolean near(Node x, MinHash.Signature a, Node y, MinHash.Signature b, Signatures signatures) {
        return near(a, b) && signatures.exactCopies(x, y);
    }

    /**
     * The copy links of the whole store, sent to {@code sink}; returns the sources they give. The articles with a
     * signature are numbered as read; each band's hash of each is packed with the number into one long (the hash's
     * top 40 bits, the number's 24), so one sort of 32 longs an article (26 MB at 100 000 articles) lays out the
     * buckets, instead of a SPARQL sort of the band keys (35 s at 10 000 articles under load). A run of equal top
     * bits is a bucket or, rarely, two whose hashes share those bits: its pairs are tested by {@link #near}, which
     * asks for a shared band itself, so the extra pairs change nothing.
     */
    Sources compute(DatasetGraph dsg, Consumer<Triple> sink) {
        Signatures signatures = new Signatures(dsg);
        Map<Node, Integer> numbers = new HashMap<>();
        List<Node> articles = new ArrayList<>();
        long[] entries = new long[1024];
        int n = 0;
        java.util.Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, GK.textSignature, Node.ANY);
        while (it.hasNext()) {
            Node a = it.next().getSubject();
            if (numbers.containsKey(a)) continue;
            MinHash.Signature sig = signatures.of(a);
            if (sig == null) continue;
            if (articles.size() == MAX_ARTICLES) throw new IllegalStateException("more than " + MAX_ARTICLES + " articles to compare");
            int number = articles.size();
            numbers.put(a, number);
            articles.add(a);
            if (n + MinHash.BANDS > entries.length) entries = java.util.Arrays.copyOf(entries, Math.max(entries.length * 2, n + MinHash.BANDS));
            for (long h : MinHash.bandHashes(sig)) entries[n++] = (h & ~0xFFFFFFL) | number;
        }
        numbers = null;
        java.util.Arrays.sort(entries, 0, n);
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        List<Integer> bucket = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i;
            bucket.clear();
            while (j < n && (entries[j] >>> 24) == (entries[i] >>> 24)) bucket.add((int) (entries[j++] & 0xFFFFFF));
            join(bucket, articles, signatures, parent);
            i = j;
        }
        int[] size = new int[parent.length];
        for (int i = 0; i < parent.length; i++) size[find(parent, i)]++;
        Map<Integer, List<Node>> clusters = new java.util.TreeMap<>();
        for (int i = 0; i < parent.length; i++)
            if (size[find(parent, i)] > 1) clusters.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(articles.get(i));
        Map<Node, Node> originals = new HashMap<>();
        for (List<Node> cluster : clusters.values()) {
            if (cluster.size() < 2) continue;
            cluster.sort(Comparator.comparing(Node::getURI));
            links(dsg, cluster, signatures, originals, sink);
        }
        return a -> originals.getOrDefault(a, a);
    }

    /** Joins the bucket's articles that are near-duplicates (each pair tested unless already joined). */
    private static void join(List<Integer> bucket, List<Node> articles, Signatures signatures, int[] parent) {
        if (bucket.size() < 2) return;
        for (int i = 0; i < bucket.size(); i++) {
            int x = bucket.get(i);
            MinHash.Signature a = signatures.of(articles.get(x));
            for (int j = i + 1; j < bucket.size(); j++) {
                int y = bucket.get(j);
                if (find(parent, x) == find(parent, y)) continue;
                if (!near(articles.get(x), a, articles.get(y), signatures.of(articles.get(y)), signatures)) continue;
                parent[find(parent, x)] = find(parent, y);
            }
        }
    }

    private static int find(int[] parent, int x) {
        int r = x;
        while (parent[r] != r) r = parent[r];
        while (parent[x] != r) {  // path compression
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }

    /** A cluster's links: its earliest member the original, every other a copy of it; originals noted by copy. */
    private void links(DatasetGraph dsg, List<Node> cluster, Signatures signatures, Map<Node, Node> originals, Consumer<Triple> sink) {
        if (cluster.size() < 2) return;
        Node original = earliest(dsg, cluster);
        for (Node copy : cluster) {
            if (copy.equals(original)) continue;
            originals.put(copy, original);
            double similarity = MinHash.containment(signatures.of(copy), signatures.of(original));
            Node n = node(copy);
            sink.accept(Triple.create(copy, GK.copyOf, original));
            sink.accept(Triple.create(n, GK.rdfType, GK.CopyLink));
            sink.accept(Triple.create(n, GK.gk("copy"), copy));
            sink.accept(Triple.create(n, GK.gk("original"), original));
            sink.accept(Triple.create(n, GK.gk("similarity"),
                    DocumentMapper.decimal(BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_UP))));
        }
    }

    /** The link node of a copy: one per copy, named for it. */
    Node node(Node copy) {
        return NodeFactory.createURI(base + "copy/" + Keys.hash(copy.getURI()));
    }

    /** The earliest article: least publication date (none: after every date), then least IRI. */
    private static Node earliest(DatasetGraph dsg, List<Node> cluster) {
        Node best = null;
        String bestDate = null;
        for (Node a : cluster) {
            String date = date(dsg, a);
            if (best == null || compare(date, a, bestDate, best) < 0) {
                best = a;
                bestDate = date;
            }
        }
        return best;
    }

    private static int compare(String date, Node a, String otherDate, Node other) {
        String x = date == null ? "\uffff" : date, y = otherDate == null ? "\uffff" : otherDate;
        int c = x.compareTo(y);
        return c != 0 ? c : a.getURI().compareTo(other.getURI());
    }

    /** The article's least schema:datePublished in any graph (2024, 2024-02, 2024-02-16 as written), or null. */
    private static String date(DatasetGraph dsg, Node article) {
        String least = null;
        java.util.Iterator<Quad> it = dsg.findNG(Node.ANY, article, GK.schemaDatePublished, Node.ANY);
        while (it.hasNext()) {
            Node d = it.next().getObject();
            if (!d.isLiteral()) continue;
            String s = d.getLiteralLexicalForm();
            if (least == null || s.compareTo(least) < 0) least = s;
        }
        return least;
    }

    /** Signatures read from the store by article, the last {@link #CACHED} kept. */
    private static final class Signatures {
        private final DatasetGraph dsg;
        private final Map<Node, MinHash.Signature> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, MinHash.Signature> eldest) {
                return size() > CACHED;
            }
        };
        private final Set<Node> none = new java.util.HashSet<>();

        Signatures(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        /**
         * Whether the two articles' signed texts are copies, exactly (MinHash#exactCopies): each article's stored
         * text (its least nif:isString) read in simplified characters as the extraction reads it, its headline
         * (its least schema:headline) left out, as its signature was made. Asked only of the pairs the estimate
         * passes, which are few.
         */
        boolean exactCopies(Node x, Node y) {
            String a = signedText(x), b = signedText(y);
            return a != null && b != null && MinHash.exactCopies(a, b);
        }

        private String signedText(Node article) {
            String text = least(article, GK.nifIsString), headline = least(article, GK.schemaHeadline);
            if (text == null) return null;
            org.govkg.nlp.TraditionalChinese.Simplified simplified = org.govkg.nlp.TraditionalChinese.toSimplified(text);
            return MinHash.signedText(simplified == null ? text : simplified.text(), headline);
        }

        /** The article's least lexical form of {@code property} in any graph (a second graph may give another), or null. */
        private String least(Node article, Node property) {
            String least = null;
            java.util.Iterator<Quad> it = dsg.findNG(Node.ANY, article, property, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && (least == null || o.getLiteralLexicalForm().compareTo(least) < 0)) least = o.getLiteralLexicalForm();
            }
            return least;
        }

        /** The article's signature (of its least gk:textSignature, should a second graph give another), or null. */
        MinHash.Signature of(Node article) {
            MinHash.Signature s = cache.get(article);
            if (s != null || none.contains(article)) return s;
            String least = least(article, GK.textSignature);
            s = least == null ? null : MinHash.decode(least);
            if (s == null) none.add(article);
            else cache.put(article, s);
            return s;
        }
    }

    // ---- one build ----

    /** The copy links of a build's change: the sources they give now, and the articles whose source changed. */
    record Update(Sources sources, Set<Node> resourced) {}

    /**
     * The copy links of the clusters the changed articles were in (as stored) and are in now (their buckets followed
     * from article to article): the stored triples of every article reached go to {@code stored}, the ones the
     * clusters give now to {@code derived}. Runs inside the caller's read transaction, after the documents were
     * written.
     */
    Update update(DatasetGraph dsg, Node linksGraph, Set<Node> changed, Set<Triple> stored, Set<Triple> derived) {
        Map<Node, Node> storedOriginal = new HashMap<>();
        Set<Node> affected = new LinkedHashSet<>(changed);
        for (Node a : changed) {
            Node original = storedOriginal(dsg, linksGraph, a, storedOriginal);
            affected.add(original);
            Iter.forEach(dsg.find(linksGraph, Node.ANY, GK.copyOf, original), q -> affected.add(q.getSubject()));
            Iter.forEach(dsg.find(linksGraph, Node.ANY, GK.copyOf, a), q -> affected.add(q.getSubject()));
        }
        Signatures signatures = new Signatures(dsg);
        Map<Node, Node> originals = new HashMap<>();
        Set<Node> reached = new LinkedHashSet<>();
        for (Node seed : affected) {
            if (reached.contains(seed) || signatures.of(seed) == null) continue;
            List<Node> cluster = cluster(dsg, seed, signatures);
            reached.addAll(cluster);
            cluster.sort(Comparator.comparing(Node::getURI));
            links(dsg, cluster, signatures, originals, derived::add);
        }
        Set<Node> all = new LinkedHashSet<>(affected);
        all.addAll(reached);
        Set<Node> resourced = new LinkedHashSet<>();
        for (Node a : all) {
            Iter.forEach(dsg.find(linksGraph, a, GK.copyOf, Node.ANY), q -> stored.add(q.asTriple()));
            Iter.forEach(dsg.find(linksGraph, Node.ANY, GK.copyOf, a), q -> stored.add(q.asTriple()));
            Iter.forEach(dsg.find(linksGraph, node(a), Node.ANY, Node.ANY), q -> stored.add(q.asTriple()));
            Node was = storedOriginal(dsg, linksGraph, a, storedOriginal), is = originals.getOrDefault(a, a);
            if (!was.equals(is) && signatures.of(a) != null) resourced.add(a);
        }
        Map<Node, Node> storedElsewhere = new HashMap<>();
        Sources sources = a -> {
            if (all.contains(a)) return originals.getOrDefault(a, a);
            return storedOriginal(dsg, linksGraph, a, storedElsewhere);
        };
        return new Update(sources, resourced);
    }

    /** The article's original as the links graph holds it (itself when none). */
    private static Node storedOriginal(DatasetGraph dsg, Node linksGraph, Node a, Map<Node, Node> cache) {
        return cache.computeIfAbsent(a, x -> {
            java.util.Iterator<Quad> it = dsg.find(linksGraph, x, GK.copyOf, Node.ANY);
            return it.hasNext() ? it.next().getObject() : x;
        });
    }

    /** The seed's cluster: the articles reached from it through near-duplicates found in shared buckets. */
    private static List<Node> cluster(DatasetGraph dsg, Node seed, Signatures signatures) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        seen.add(seed);
        todo.add(seed);
        while (!todo.isEmpty()) {
            Node x = todo.poll();
            MinHash.Signature sx = signatures.of(x);
            Set<Node> bands = new LinkedHashSet<>();
            Iter.forEach(dsg.findNG(Node.ANY, x, GK.textBand, Node.ANY), q -> bands.add(q.getObject()));
            for (Node band : bands) {
                Set<Node> bucket = new LinkedHashSet<>();
                Iter.forEach(dsg.findNG(Node.ANY, Node.ANY, GK.textBand, band), q -> bucket.add(q.getSubject()));
                for (Node y : bucket) {
                    if (seen.contains(y)) continue;
                    MinHash.Signature sy = signatures.of(y);
                    if (sy == null || !near(x, sx, y, sy, signatures)) continue;
                    seen.add(y);
                    todo.add(y);
                }
            }
        }
        return new ArrayList<>(seen);
    }
}
