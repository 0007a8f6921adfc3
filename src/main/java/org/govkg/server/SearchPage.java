package org.govkg.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;

/**
 * The search box's results: the store's Chinese full-text index ({@code text:query}, the same one SPARQL
 * users query) over labels and evidence sentences. A hit on a sentence leads to what it is evidence of.
 */
final class SearchPage {
    static final int LIMIT = 100;

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
        Map<String, String[]> hits = new LinkedHashMap<>();
        String error = null;
        try {
            for (QuerySolution r : Sparql.select(ld.dataset(), "PREFIX text: <http://jena.apache.org/text#>\n"
                    + "SELECT ?s ?score ?lit ?thing WHERE { (?s ?score ?lit) text:query (" + literal(q) + " " + LIMIT + ") . "
                    + "OPTIONAL { GRAPH ?g { ?thing gk:evidence|gk:mention ?s } } } ORDER BY DESC(?score) ?s ?thing")) {
                String target = r.contains("thing") ? r.getResource("thing").getURI() : r.getResource("s").getURI();
                hits.putIfAbsent(target, new String[]{r.contains("lit") ? r.getLiteral("lit").getLexicalForm() : "", r.getResource("s").getURI()});
            }
        } catch (QueryParseException | org.apache.jena.query.QueryExecException e) {
            error = e.getMessage();
        }
        if (error != null) b.append("<p class=\"error\">").append(Html.escape(error)).append("</p>\n");
        b.append("<p>").append(hits.size()).append(" 个结果</p>\n<ul class=\"hits\" id=\"hits\">\n");
        for (Map.Entry<String, String[]> h : hits.entrySet()) {
            String label = ld.label(org.apache.jena.graph.NodeFactory.createURI(h.getKey()));
            b.append("<li>").append(ld.link(h.getKey(), label));
            if (!h.getValue()[0].equals(label))
                b.append(" — <q>").append(ResourcePage.highlight(h.getValue()[0], -1, -1).replace("<mark class=\"span\">", "").replace("</mark>", "")).append("</q>");
            b.append("</li>\n");
        }
        return b.append("</ul>\n</main></body></html>\n").toString();
    }

    /** The query as a SPARQL string literal. */
    static String literal(String q) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : q.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
