package org.govkg.server;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
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

    /** The page; the caller holds a read transaction. */
    String render(String q) {
        StringBuilder b = new StringBuilder();
        ld.head(b, "搜索：" + q, null);
        b.append("<h1 id=\"label\">搜索：").append(Html.escape(q)).append("</h1>\n");
        if (q.isEmpty()) return b.append("</main></body></html>\n").toString();
        List<TextSearch.Hit> things, sentences;
        try {
            TextSearch search = TextSearch.over(ld.dataset());
            // what the articles mention first, then the gazetteer's and the ontology's names, each in the index's order
            String reference = ld.base() + "graph/";
            things = new java.util.ArrayList<>(search.search(q, TextSearch.Field.LABEL, TextSearch.MAX_LIMIT));
            things.sort(java.util.Comparator.comparing(h -> h.graph().equals(reference + "gazetteer") || h.graph().equals(reference + "ontology")));
            things = things.subList(0, Math.min(THINGS, things.size()));
            sentences = search.search(q, TextSearch.Field.EVIDENCE, SENTENCES);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return b.append("<p class=\"error\">").append(Html.escape(e.getMessage())).append("</p>\n</main></body></html>\n").toString();
        }
        b.append("<section id=\"things\"><h2>名称（").append(things.size()).append("）</h2><ul class=\"hits\">\n");
        for (TextSearch.Hit h : things) {
            b.append("<li>").append(ld.link(h.iri(), h.literal()));
            String type = type(h.iri());
            if (type != null) b.append(" <small>").append(Html.escape(ld.termLabel(NodeFactory.createURI(type)))).append("</small>");
            b.append("</li>\n");
        }
        b.append("</ul></section>\n<section id=\"sentences\"><h2>原文（").append(sentences.size()).append("）</h2><ul class=\"hits\">\n");
        for (TextSearch.Hit h : sentences) {
            b.append("<li><q>").append(Html.escape(h.literal())).append("</q> ").append(ld.link(h.iri(), "原文"));
            for (QuerySolution r : Sparql.select(ld.dataset(), "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x gk:evidence|gk:statedAt|gk:mention "
                    + Sparql.iri(h.iri()) + " } } ORDER BY ?x LIMIT 5")) {
                String x = r.getResource("x").getURI();
                b.append(" · ").append(ld.link(x, ld.label(NodeFactory.createURI(x))));
            }
            b.append("</li>\n");
        }
        return b.append("</ul></section>\n</main></body></html>\n").toString();
    }

    private String type(String iri) {
        List<QuerySolution> rows = Sparql.select(ld.dataset(), "SELECT ?t WHERE { GRAPH ?g { " + Sparql.iri(iri) + " a ?t } } ORDER BY ?t LIMIT 1");
        return rows.isEmpty() ? null : rows.get(0).getResource("t").getURI();
    }
}
