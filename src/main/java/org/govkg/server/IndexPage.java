package org.govkg.server;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.govkg.rdf.GK;

/**
 * {@code /id/}: the things the articles mention, by class, with counts; {@code /id/?class=IRI} the things
 * of one class, by label, a page at a time; {@code /id/?q=…} the search box's results.
 */
final class IndexPage {
    static final int PAGE = 200;

    private final LinkedData ld;
    private final SearchPage search;

    IndexPage(LinkedData ld, SearchPage search) {
        this.ld = ld;
        this.search = search;
    }

    /** The page; the caller holds a read transaction. */
    String render(HttpServletRequest req) {
        String q = req.getParameter("q");
        if (q != null) return search.render(q.strip(), "1".equals(req.getParameter("all")));
        String cls = req.getParameter("class");
        if (cls != null && !cls.isBlank()) return classPage(expand(cls), offset(req.getParameter("offset")));
        StringBuilder b = new StringBuilder();
        ld.head(b, "govkg", null);
        b.append("<h1 id=\"label\">govkg</h1>\n<p>从地方政务新闻中抽取的知识图谱：每个事实都可追溯到原文句子。")
         .append(" 查询端点：<a href=\"/\">/govkg/sparql</a> · <a href=\"/.well-known/void\">数据集描述</a></p>\n");
        b.append("<section id=\"classes\"><h2>类别</h2><table class=\"classes\"><thead><tr><th>类别</th><th>数量</th></tr></thead><tbody>\n");
        row(b, GK.Article, count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a gk:Article } }"));
        for (QuerySolution r : Sparql.select(ld.dataset(), "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c ; gk:mentionedIn ?a } } GROUP BY ?c ORDER BY ?c"))
            row(b, r.get("c").asNode(), r.getLiteral("n").getLong());
        row(b, GK.Observation, count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a gk:Observation } }"));
        b.append("</tbody></table>\n<p class=\"counts-note\">计数口径：文章为篇数，观测值为条数；其余各类为至少被一篇文章提及（gk:mentionedIn）的事物数。")
         .append("<a href=\"/.well-known/void\">数据集描述</a>中的 void:entities 口径不同：各图中本库标识空间内带该类型的全部节点，")
         .append("包括本体图中的中央机构和地名录中未被文章提及的行政区划。</p>\n</section>\n</main></body></html>\n");
        return b.toString();
    }

    private long count(String query) {
        List<QuerySolution> rows = Sparql.select(ld.dataset(), query);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    private void row(StringBuilder b, Node c, long n) {
        b.append("<tr><td><a href=\"/id/?class=").append(Html.escape(LinkedData.urlEncode(c.getURI()))).append("\">")
         .append(Html.escape(ld.termLabel(c))).append("</a> <small>").append(Html.escape(shortName(c))).append("</small></td><td>")
         .append(n).append("</td></tr>\n");
    }

    private String shortName(Node c) {
        String q = ld.prefixes().qnameFor(c.getURI());
        return q == null ? c.getURI() : q;
    }

    private String expand(String cls) {
        String full = ld.prefixes().expandPrefix(cls);
        return full == null ? cls : full;
    }

    private static int offset(String s) {
        try {
            return s == null ? 0 : Math.max(0, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String classPage(String cls, int offset) {
        Node c = NodeFactory.createURI(cls);
        String t = Sparql.iri(cls);
        String q = c.equals(GK.Article)
                ? "SELECT ?s (SAMPLE(?h) AS ?l) WHERE { GRAPH ?g { ?s a gk:Article OPTIONAL { ?s schema:headline ?h } } } GROUP BY ?s ORDER BY ?l ?s"
                : c.equals(GK.Observation)
                ? "SELECT ?s (SAMPLE(?sv) AS ?l) WHERE { GRAPH ?g { ?s a gk:Observation OPTIONAL { ?s gk:statedValue ?sv } } } GROUP BY ?s ORDER BY ?s"
                : "SELECT ?s (MIN(?lab) AS ?l) WHERE { GRAPH ?g { ?s a " + t + " ; gk:mentionedIn ?a } OPTIONAL { GRAPH ?g2 { ?s rdfs:label ?lab } } } GROUP BY ?s ORDER BY ?l ?s";
        List<QuerySolution> rows = Sparql.select(ld.dataset(), q + " LIMIT " + (PAGE + 1) + " OFFSET " + offset);
        StringBuilder b = new StringBuilder();
        String title = ld.termLabel(c);
        ld.head(b, title, null);
        b.append("<nav class=\"breadcrumbs\"><a href=\"/id/\">govkg</a> › ").append(Html.escape(title)).append("</nav>\n<h1 id=\"label\">")
         .append(Html.escape(title)).append("</h1>\n<ul class=\"members\">\n");
        for (int i = 0; i < Math.min(PAGE, rows.size()); i++) {
            QuerySolution r = rows.get(i);
            String s = r.getResource("s").getURI();
            String l = r.contains("l") ? r.getLiteral("l").getLexicalForm() : ld.localHref(s);
            b.append("<li>").append(ld.link(s, l)).append("</li>\n");
        }
        b.append("</ul>\n");
        if (offset > 0)
            b.append("<a href=\"/id/?class=").append(Html.escape(LinkedData.urlEncode(cls))).append("&amp;offset=").append(Math.max(0, offset - PAGE)).append("\">← 上一页</a> ");
        if (rows.size() > PAGE)
            b.append("<a href=\"/id/?class=").append(Html.escape(LinkedData.urlEncode(cls))).append("&amp;offset=").append(offset + PAGE).append("\">下一页 →</a>");
        b.append("</main></body></html>\n");
        return b.toString();
    }
}
