package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.govkg.rdf.GK;

/**
 * Full-text search of a store's labels and evidence, for pages and tools that want hits rather than SPARQL.
 * It reads the same index, with the same query syntax, as {@code ?s text:query "…"} in SPARQL.
 * <p>
 * A query is Lucene's classic syntax, with one rule for Chinese: a term that contains Chinese matches the
 * literals that contain it as written, anywhere ({@code 产业园} finds 东林湖智造产业园 and not 产业功能区).
 * Terms separated by spaces are alternatives ({@code 奥迪 大众}); {@code AND}, {@code -term}, {@code "quoted
 * phrases"} and brackets work as in Lucene; wildcards do not apply to Chinese (a bare term already matches
 * inside longer names). Matching ignores case and full-width/half-width forms; traditional and simplified
 * characters are different characters to it (an article in traditional characters keeps its simplified labels,
 * so a simplified query finds its things).
 * <p>
 * Usage, from a page that has the served dataset:
 * <pre>{@code
 * List<TextSearch.Hit> hits = TextSearch.over(dsg).search("产业园", 20);
 * for (TextSearch.Hit h : hits) render(h.iri(), h.literal(), h.field());
 * }</pre>
 * The dataset must be one opened by {@link KgStore} (its context carries the index). Thread-safe; each call
 * reads the index as last committed, so it needs no transaction.
 */
public final class TextSearch {

    /** What a hit matched: a name of the thing, or a span of an article. */
    public enum Field {
        /**
         * {@code rdfs:label} or {@code skos:prefLabel}: {@link Hit#iri()} is the thing named (a project, a park,
         * a division, an indicator, a class of the ontology …).
         */
        LABEL,
        /**
         * {@code nif:anchorOf}: {@link Hit#iri()} is a span of an article, {@code …/article/<doc-id>#char=b,e}:
         * either the evidence sentence of observations and statements (they point to it by {@code gk:evidence}),
         * the figure as written ({@code gk:statedAt}), or a mention of a thing ({@code gk:mention}, typed
         * {@code gk:Mention}, {@code gk:refersTo} the thing).
         */
        EVIDENCE
    }

    /**
     * One thing or span found.
     *
     * @param iri     the subject of the matched literal (see {@link Field} for what it is)
     * @param literal the matched literal, as stored (the whole label or sentence, not a fragment)
     * @param lang    its language tag ({@code zh}, {@code zh-Hant}, {@code en}), or "" if it has none
     * @param score   Lucene's relevance (BM25); only the order among hits of one search means anything
     * @param graph   the named graph the literal is in: {@code …/graph/<doc-id>} for an article's, or the
     *                ontology's or the gazetteer's
     * @param field   label or evidence
     */
    public record Hit(String iri, String literal, String lang, float score, String graph, Field field) {}

    /** The most hits a search returns, whatever limit is asked for. */
    public static final int MAX_LIMIT = 1000;
    // Lucene is asked for this many entries, so that ties at the cut are ordered by us, not by insertion order.
    private static final int FETCH = 10_000;

    private final TextIndex index;

    private TextSearch(TextIndex index) {
        this.index = index;
    }

    /**
     * The search of a dataset opened by {@link KgStore}.
     *
     * @throws IllegalStateException if the dataset carries no full-text index
     */
    public static TextSearch over(DatasetGraph dsg) {
        requireNonNull(dsg, "dsg");
        Object index = dsg.getContext().get(TextQuery.textIndex);
        if (!(index instanceof TextIndex t))
            throw new IllegalStateException("this dataset has no full-text index: open the store with KgStore.open");
        return new TextSearch(t);
    }

    /** {@link #search(String, Field, int)} over labels and evidence together. */
    public List<Hit> search(String query, int limit) {
        return search(query, null, limit);
    }

    /**
     * Searches the labels, the evidence, or both ({@code field} null).
     * <p>
     * One hit per IRI and field: a thing named in several articles, or with several labels that match, is one
     * hit, with its best-scoring literal (on a tie the first literal in code-point order, then graph). Hits come
     * in a deterministic order: score descending, then IRI, then field; at most {@code limit} of them.
     *
     * @param query a query as described above; a blank query finds nothing
     * @param limit at most this many hits (1 to {@link #MAX_LIMIT})
     * @throws IllegalArgumentException if the query is not valid Lucene syntax (the message says why, in words a
     *                                  user can act on) or the limit is out of range
     */
    public List<Hit> search(String query, Field field, int limit) {
        requireNonNull(query, "query");
        if (limit < 1 || limit > MAX_LIMIT)
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        if (query.isBlank()) return List.of();
        List<Resource> props = new ArrayList<>();
        if (field != Field.EVIDENCE) props.add(ResourceFactory.createProperty(GK.rdfsLabel.getURI()));
        if (field != Field.LABEL) props.add(ResourceFactory.createProperty(GK.nifAnchorOf.getURI()));
        List<TextHit> raw;
        try {
            raw = index.query((String) null, props, query, null, null, FETCH, null);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("not a valid search: " + query + " (" + firstLine(e.getMessage()) + ")", e);
        }
        Map<String, Hit> best = new LinkedHashMap<>();
        for (TextHit t : raw) {
            Hit h = hit(t);
            if (h == null) continue;
            best.merge(h.iri() + '\u0000' + h.field(), h, (a, b) -> ORDER_SAME.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(ORDER).limit(limit).toList();
    }

    private static final Comparator<Hit> ORDER = Comparator.comparing(Hit::score, Comparator.reverseOrder())
            .thenComparing(Hit::iri).thenComparing(Hit::field);
    private static final Comparator<Hit> ORDER_SAME = Comparator.comparing(Hit::score, Comparator.reverseOrder())
            .thenComparing(Hit::literal).thenComparing(Hit::graph);

    private static Hit hit(TextHit t) {
        Node s = t.getNode(), lit = t.getLiteral();
        if (s == null || lit == null || !lit.isLiteral()) return null;
        Field f = GK.nifAnchorOf.equals(t.getProp()) ? Field.EVIDENCE : Field.LABEL;
        String graph = t.getGraph() == null ? "" : t.getGraph().isURI() ? t.getGraph().getURI() : t.getGraph().toString();
        String iri = s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel();
        return new Hit(iri, lit.getLiteralLexicalForm(), lit.getLiteralLanguage(), t.getScore(), graph, f);
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
