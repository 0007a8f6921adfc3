package org.govkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.govkg.ingest.TextLayout;
import org.govkg.store.TextSearch;

/**
 * The search box's results, from the store's Chinese full-text index (the one SPARQL's
 * {@code text:query} reads): the things whose names match, then the sentences that match, each with
 * what it is evidence of and a link to its place in the article.
 */
final class SearchPage {
    static final int THINGS = 100, SENTENCES = 50;

    private final LinkedData ld;

    SearchPage(LinkedData ld) {
        this.ld = ld;
    }

    /** One thing the search found: its best-scoring matching name, and how many articles mention it. */
    private record Thing(String iri, String name, float score, long articles) {}

    /**
     * The page; the caller holds a read transaction. Contract: one row per thing, ranked by the index's score, then
     * by the number of articles that mention it, then by name; each with the sentence of its first mention, the
     * name marked. Names that no article mentions (the gazetteer's divisions, the ontology's bodies) are shown only
     * when asked ({@code all}) or when nothing an article mentions matches.
     */
    String render(String q, boolean all) {
        StringBuilder b = new StringBuilder();
        ld.head(b, "搜索：" + q, null);
        b.append("<h1 id=\"label\">搜索：").append(Html.escape(q)).append("</h1>\n");
        if (q.isEmpty()) return b.append("</main></body></html>\n").toString();
        List<TextSearch.Hit> labels, sentences;
        try {
            TextSearch search = TextSearch.over(ld.dataset());
            labels = search.search(q, TextSearch.Field.LABEL, TextSearch.MAX_LIMIT);
            sentences = search.search(q, TextSearch.Field.EVIDENCE, SENTENCES);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return b.append("<p class=\"error\">").append(Html.escape(e.getMessage())).append("</p>\n</main></body></html>\n").toString();
        }
        List<Thing> found = things(labels);
        List<Thing> mentioned = found.stream().filter(t -> t.articles() > 0).toList();
        List<Thing> shown = all || mentioned.isEmpty() ? found : mentioned;
        b.append("<section id=\"things\"><h2>名称（").append(shown.size()).append("）</h2>\n");
        if (!all && mentioned.isEmpty() && !found.isEmpty())
            b.append("<p class=\"note\">没有文章提及的事物与之匹配；以下是地名录和本体中的名称。</p>\n");
        else if (!all && found.size() > mentioned.size())
            b.append("<p class=\"note\">另有 ").append(found.size() - mentioned.size())
             .append(" 个名称来自地名录或本体，没有文章提及：<a href=\"/id/?q=").append(Html.escape(LinkedData.urlEncode(q)))
             .append("&amp;all=1\">全部显示</a></p>\n");
        b.append("<ul class=\"hits\">\n");
        Map<String, TextLayout> texts = new HashMap<>();
        for (Thing t : shown.subList(0, Math.min(THINGS, shown.size()))) {
            b.append("<li>").append(ld.link(t.iri(), t.name()));
            String type = type(t.iri());
            if (type != null) b.append(" <small>").append(Html.escape(ld.termLabel(NodeFactory.createURI(type)))).append("</small>");
            if (t.articles() > 0) {
                b.append(" <small class=\"articles\">").append(t.articles()).append(" 篇文章</small>");
                String sentence = firstMention(t.iri(), texts);
                if (sentence != null) b.append("<br><q>").append(sentence).append("</q>");
            }
            b.append("</li>\n");
        }
        b.append("</ul></section>\n<section id=\"sentences\"><h2>原文（").append(sentences.size()).append("）</h2><ul class=\"hits\">\n");
        for (TextSearch.Hit h : sentences) {
            b.append("<li><q>").append(Html.escape(h.literal())).append("</q> ").append(ld.link(h.iri(), "原文"));
            for (QuerySolution r : Sparql.select(ld.dataset(), "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x gk:evidence|gk:statedAt|gk:mention "
                    + Sparql.iri(h.iri()) + " } } ORDER BY ?x LIMIT 5")) {
                String x = r.getResource("x").getURI();
                b.append(" · ").append(ld.link(x, name(x)));
            }
            b.append("</li>\n");
        }
        return b.append("</ul></section>\n</main></body></html>\n").toString();
    }

    /** The label hits as things: one per IRI with its best name, counted by articles, in the page's order. */
    private List<Thing> things(List<TextSearch.Hit> labels) {
        Map<String, TextSearch.Hit> best = new LinkedHashMap<>();
        for (TextSearch.Hit h : labels)
            best.merge(h.iri(), h, (x, y) -> y.score() > x.score() || (y.score() == x.score() && y.literal().compareTo(x.literal()) < 0) ? y : x);
        Map<String, Long> articles = new HashMap<>();
        List<String> iris = new ArrayList<>(best.keySet());
        for (int i = 0; i < iris.size(); i += 200) {
            StringBuilder values = new StringBuilder();
            for (String iri : iris.subList(i, Math.min(iris.size(), i + 200))) values.append(Sparql.iri(iri)).append(' ');
            for (QuerySolution r : Sparql.select(ld.dataset(), "SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE { VALUES ?x { " + values
                    + "} GRAPH ?g { ?x gk:mentionedIn ?a } } GROUP BY ?x"))
                articles.put(r.getResource("x").getURI(), r.getLiteral("n").getLong());
        }
        List<Thing> things = new ArrayList<>();
        best.forEach((iri, h) -> things.add(new Thing(iri, h.literal(), h.score(), articles.getOrDefault(iri, 0L))));
        things.sort(Comparator.comparingDouble((Thing t) -> -t.score()).thenComparing(t -> -t.articles())
                .thenComparing(Thing::name).thenComparing(Thing::iri));
        return things;
    }

    /** The sentence of the thing's first mention (by span IRI), the mention marked; null when it has none with a text. */
    private String firstMention(String iri, Map<String, TextLayout> texts) {
        List<QuerySolution> rows = Sparql.select(ld.dataset(), "SELECT ?article ?b ?e WHERE { GRAPH ?g { " + Sparql.iri(iri)
                + " gk:mention ?span . ?span nif:referenceContext ?article ; nif:beginIndex ?b ; nif:endIndex ?e } } ORDER BY ?span LIMIT 1");
        if (rows.isEmpty()) return null;
        QuerySolution r = rows.get(0);
        TextLayout layout = texts.computeIfAbsent(r.getResource("article").getURI(), ld::articleLayout);
        if (layout == null) return null;
        return ResourcePage.sentenceAround(layout, r.getLiteral("b").getInt(), r.getLiteral("e").getInt());
    }

    /** A thing's label, or for what has none (an observation, a statement) the name of its class: never a bare IRI. */
    private String name(String iri) {
        String label = ld.label(NodeFactory.createURI(iri));
        if (!label.equals(iri)) return label;
        String type = type(iri);
        return type == null ? "原文所述" : ld.termLabel(NodeFactory.createURI(type));
    }

    private String type(String iri) {
        List<QuerySolution> rows = Sparql.select(ld.dataset(), "SELECT ?t WHERE { GRAPH ?g { " + Sparql.iri(iri) + " a ?t } } ORDER BY ?t LIMIT 1");
        return rows.isEmpty() ? null : rows.get(0).getResource("t").getURI();
    }
}
