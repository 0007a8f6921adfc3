package org.govkg.server;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.govkg.ingest.TextLayout;
import org.govkg.rdf.GK;

/**
 * The HTML page of one resource: label and types, where it lies (the division hierarchy as
 * breadcrumbs), its figures as a table (indicator, area, period, value, change, evidence) with a chart
 * per series on the page of a division or zone, the sentences that state it with the span highlighted,
 * and its properties with links. Rendered on the server from the store; no script.
 */
final class ResourcePage {
    /** Figures a page lists at most; the SPARQL endpoint has the rest. */
    static final int MAX_FIGURES = 500;
    /** Mentions whose sentence a page quotes at most. */
    static final int MAX_MENTIONS = 20;
    /** Charts a page draws at most; {@code chart.svg} has them all. */
    static final int MAX_CHARTS = 6;

    private final LinkedData ld;
    private final DatasetGraph dsg;

    ResourcePage(LinkedData ld) {
        this.ld = ld;
        this.dsg = ld.dataset();
    }

    /** One stated figure as the page shows it. */
    record Figure(String obs, String indicator, String indicatorLabel, String area, String areaLabel,
                  String periodLabel, String start, String end, BigDecimal value, String unit, String stated,
                  String kind, String rate, String points, String article,
                  String sentence, int highlightFrom, int highlightTo, String spanIri, String source) {
        String seriesKey() {
            return indicator + "|" + kind + "|" + unit;
        }
    }

    /** The page; the caller holds a read transaction and has checked that the resource exists. */
    String render(String iri, Graph description) {
        Node self = NodeFactory.createURI(iri);
        List<Node> types = new ArrayList<>(description.find(self, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
        types.sort(Comparator.comparing(Node::toString));
        List<Figure> figures = figures(iri);
        String label = ld.label(description, self);
        if (types.contains(GK.Observation) && !figures.isEmpty()) {
            // an observation has no name: it is its indicator, area, period and figure
            Figure f = figures.get(0);
            label = f.areaLabel() + " " + (f.periodLabel() == null ? "" : f.periodLabel()) + " " + f.indicatorLabel() + " "
                    + (f.stated() == null ? f.value().toPlainString() : f.stated());
        }
        StringBuilder b = new StringBuilder(16_384);
        ld.head(b, label, iri);
        b.append("<nav class=\"breadcrumbs\" id=\"breadcrumbs\">");
        List<Node> trail = trail(self, types, description);
        for (int i = 0; i < trail.size(); i++) {
            Node d = trail.get(i);
            if (i > 0) b.append(" › ");
            b.append(ld.link(d, ld.label(d)));
        }
        b.append("</nav>\n");
        b.append("<h1 id=\"label\">").append(Html.escape(label)).append("</h1>\n<p class=\"types\">");
        for (Node t : types) b.append("<span class=\"type\">").append(ld.link(t, ld.termLabel(t))).append("</span> ");
        b.append("</p>\n<p class=\"iri\"><code>").append(Html.escape(iri)).append("</code> · ")
         .append(LinkedData.FORMAT_LINKS.entrySet().stream()
                 .map(e -> "<a rel=\"alternate\" type=\"" + e.getValue() + "\" href=\"" + Html.escape(ld.localHref(iri))
                         + "?format=" + e.getKey() + "\">" + LinkedData.FORMAT_NAMES.get(e.getKey()) + "</a>")
                 .reduce((x, y) -> x + " · " + y).orElse(""))
         .append("</p>\n");

        if (types.contains(GK.Article)) article(b, iri, description);

        if (!figures.isEmpty()) {
            boolean isObservation = types.contains(GK.Observation);
            if (!isObservation) charts(b, iri, figures);
            b.append("<section id=\"figures\"><h2>").append(isObservation ? "数据" : "数据（" + figures.size() + "）").append("</h2>\n");
            figureTable(b, figures);
            b.append("</section>\n");
        }
        evidence(b, self, description, figures);
        properties(b, self, description);
        b.append("</main></body></html>\n");
        return b.toString();
    }

    /** The division hierarchy above the resource: itself if a division, else the division it lies in. */
    private List<Node> trail(Node self, List<Node> types, Graph description) {
        Node start = null;
        if (types.contains(GK.gk("AdministrativeDivision"))) start = self;
        else {
            for (Node p : List.of(GK.locatedIn, GK.refArea, GK.jurisdiction)) {
                var it = description.find(self, p, Node.ANY);
                if (it.hasNext()) {
                    start = it.next().getObject();
                    break;
                }
            }
        }
        List<Node> trail = new ArrayList<>();
        Node d = start;
        // a division hierarchy has at most five levels above a village; the bound guards a cycle in bad data
        for (int i = 0; d != null && d.isURI() && i < 8 && !trail.contains(d); i++) {
            trail.add(0, d);
            List<QuerySolution> up = Sparql.select(dsg, "SELECT ?p WHERE { GRAPH ?g { " + Sparql.iri(d.getURI()) + " gk:partOf ?p } } ORDER BY ?p LIMIT 1");
            d = up.isEmpty() ? null : up.get(0).get("p").asNode();
        }
        if (!trail.isEmpty() && !trail.get(trail.size() - 1).equals(self)) trail.add(self);
        return trail;
    }

    List<Figure> figures(String iri) {
        String t = Sparql.iri(iri);
        String q = """
                SELECT ?o ?ind ?area ?plabel ?start ?end ?value ?unit ?stated ?kind ?rate ?points ?article ?original ?ev ?evText ?evB ?atB ?atE WHERE {
                  { GRAPH ?g { ?o gk:refArea %1$s } } UNION { VALUES ?o { %1$s } }
                  GRAPH ?g { ?o a gk:Observation ; gk:refArea ?area ; gk:indicator ?ind ; gk:value ?value ; gk:kind ?kind .
                    OPTIONAL { ?o gk:periodLabel ?plabel } OPTIONAL { ?o gk:periodStart ?start } OPTIONAL { ?o gk:periodEnd ?end }
                    OPTIONAL { ?o gk:unit ?unit } OPTIONAL { ?o gk:statedValue ?stated }
                    OPTIONAL { ?o gk:changeRate ?rate } OPTIONAL { ?o gk:changePoints ?points }
                    OPTIONAL { ?o prov:wasDerivedFrom ?article }
                    OPTIONAL { ?o gk:evidence ?ev . ?ev nif:anchorOf ?evText ; nif:beginIndex ?evB }
                    OPTIONAL { ?o gk:statedAt ?at . ?at nif:beginIndex ?atB ; nif:endIndex ?atE } }
                  OPTIONAL { GRAPH ?l { ?article gk:copyOf ?original } }
                } ORDER BY ?ind ?end ?o LIMIT %2$d""".formatted(t, MAX_FIGURES * 2);
        Map<String, Figure> byObs = new LinkedHashMap<>();
        for (QuerySolution r : Sparql.select(dsg, q)) {
            String o = r.getResource("o").getURI();
            if (byObs.containsKey(o) || byObs.size() >= MAX_FIGURES) continue;
            String sentence = str(r, "evText");
            int from = -1, to = -1;
            if (sentence != null && r.contains("atB") && r.contains("evB")) {
                int evB = r.getLiteral("evB").getInt();
                from = r.getLiteral("atB").getInt() - evB;
                to = r.getLiteral("atE").getInt() - evB;
            }
            Node ind = r.get("ind").asNode(), area = r.get("area").asNode();
            byObs.put(o, new Figure(o, ind.getURI(), ld.label(ind), area.getURI(), ld.label(area),
                    str(r, "plabel"), str(r, "start"), str(r, "end"), new BigDecimal(r.getLiteral("value").getLexicalForm()),
                    r.contains("unit") ? r.getResource("unit").getURI() : null, str(r, "stated"),
                    r.getResource("kind").getURI(), str(r, "rate"), str(r, "points"),
                    r.contains("article") ? r.getResource("article").getURI() : null,
                    sentence, from, to, r.contains("ev") ? r.getResource("ev").getURI() : null,
                    r.contains("original") ? r.getResource("original").getURI() : r.contains("article") ? r.getResource("article").getURI() : null));
        }
        return new ArrayList<>(byObs.values());
    }

    private static String str(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private void figureTable(StringBuilder b, List<Figure> figures) {
        b.append("<table class=\"figures\"><thead><tr><th>指标</th><th>地区</th><th>期间</th><th>数值</th><th>变化</th><th>类型</th><th>证据</th></tr></thead><tbody>\n");
        for (Figure f : figures) {
            b.append("<tr><td>").append(ld.link(f.obs(), f.indicatorLabel())).append("</td><td>")
             .append(ld.link(f.area(), f.areaLabel())).append("</td><td class=\"period\">")
             .append(Html.escape(f.periodLabel() == null ? "" : f.periodLabel()));
            if (f.start() != null || f.end() != null)
                b.append("<br><small>").append(f.start() == null ? "" : f.start()).append("–").append(f.end() == null ? "" : f.end()).append("</small>");
            b.append("</td><td class=\"value\">").append(Html.escape(f.stated() == null ? "" : f.stated()))
             .append("<br><small>").append(Html.escape(f.value().toPlainString())).append(' ')
             .append(f.unit() == null ? "" : Html.escape(ld.termLabel(NodeFactory.createURI(f.unit())))).append("</small></td><td>");
            if (f.rate() != null) b.append(Html.escape(f.rate())).append("%");
            if (f.points() != null) b.append(Html.escape(f.points())).append("个百分点");
            b.append("</td><td>").append(Html.escape(ld.termLabel(NodeFactory.createURI(f.kind())))).append("</td><td class=\"evidence\">");
            if (f.sentence() != null) {
                b.append("<q>").append(highlight(f.sentence(), f.highlightFrom(), f.highlightTo())).append("</q>");
                if (f.article() != null)
                    b.append(" ").append(ld.link(f.spanIri() == null ? f.article() : f.spanIri(), "原文"));
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    /** The sentence with code points [from, to) in a {@code <mark>}; the whole sentence when the span is unknown. */
    static String highlight(String sentence, int from, int to) {
        int n = sentence.codePointCount(0, sentence.length());
        if (from < 0 || to > n || from >= to) return "<mark class=\"span\">" + Html.escape(sentence) + "</mark>";
        int a = sentence.offsetByCodePoints(0, from), z = sentence.offsetByCodePoints(0, to);
        return Html.escape(sentence.substring(0, a)) + "<mark class=\"span\">" + Html.escape(sentence.substring(a, z))
                + "</mark>" + Html.escape(sentence.substring(z));
    }

    /**
     * One chart per series (indicator, kind, unit) of figures with a resolved period that has two points or more; a
     * series of one point is a figure, not a chart (a dot on an axis says less than the number). A figure stated twice
     * in one article (headline and body), or by an article and its copies, is one point.
     */
    private void charts(StringBuilder b, String iri, List<Figure> figures) {
        Map<String, List<Figure>> series = series(figures);
        if (series.isEmpty()) return;
        List<Map.Entry<String, List<Figure>>> lines = new ArrayList<>(), single = new ArrayList<>();
        for (Map.Entry<String, List<Figure>> e : series.entrySet()) (e.getValue().size() > 1 ? lines : single).add(e);
        b.append("<section id=\"charts\"><h2>图表</h2>\n");
        // the longest series first: a line over several periods says more than a short one
        lines.sort(Comparator.comparing((Map.Entry<String, List<Figure>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
        if (lines.size() > MAX_CHARTS)
            b.append("<p>显示 ").append(MAX_CHARTS).append(" 个序列，共 ").append(lines.size()).append(" 个 · <a href=\"")
             .append(Html.escape(ld.localHref(iri))).append("/chart.svg\">").append("全部序列图</a></p>\n");
        for (Map.Entry<String, List<Figure>> e : lines.subList(0, Math.min(MAX_CHARTS, lines.size()))) {
            Figure first = e.getValue().get(0);
            b.append("<figure class=\"chart\">").append(chart(first, e.getValue()))
             .append("<figcaption><a href=\"").append(Html.escape(ld.localHref(iri) + "/chart.svg?indicator=" + LinkedData.urlEncode(first.indicator())
                     + "&kind=" + LinkedData.urlEncode(first.kind())))
             .append("\">矢量图</a></figcaption></figure>\n");
        }
        if (!single.isEmpty()) {
            b.append("<ul class=\"single-points\">\n");
            for (Map.Entry<String, List<Figure>> e : single) {
                Figure f = e.getValue().get(0);
                b.append("<li>").append(Html.escape(f.indicatorLabel())).append(" · ").append(Html.escape(ld.termLabel(NodeFactory.createURI(f.kind()))))
                 .append("：").append(ld.link(f.obs(), f.stated() == null ? f.value().toPlainString() : f.stated()))
                 .append("（").append(Html.escape(f.periodLabel() == null ? f.end() : f.periodLabel())).append("）</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    /**
     * Series of figures with an end date, keyed indicator|kind|unit, in key order: a point for every independent
     * statement — the same value for the same period end stated again by one article, or by a copy of it (gk:copyOf:
     * its {@code source} is the original), is not a second point.
     */
    static Map<String, List<Figure>> series(List<Figure> figures) {
        Map<String, List<Figure>> series = new TreeMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Figure f : figures)
            if (f.end() != null && seen.add(f.seriesKey() + "|" + f.source() + "|" + f.end() + "|" + f.value().stripTrailingZeros().toPlainString()))
                series.computeIfAbsent(f.seriesKey(), k -> new ArrayList<>()).add(f);
        return series;
    }

    String chart(Figure first, List<Figure> points) {
        String unit = first.unit() == null ? "" : ld.termLabel(NodeFactory.createURI(first.unit()));
        String title = first.indicatorLabel() + " · " + ld.termLabel(NodeFactory.createURI(first.kind()));
        List<ChartSvg.Point> ps = points.stream().map(f -> new ChartSvg.Point(LocalDate.parse(f.end()),
                f.periodLabel() == null ? "" : f.periodLabel(), f.value(), f.stated() == null ? f.value().toPlainString() : f.stated(),
                ld.localHref(f.obs()))).toList();
        return ChartSvg.render(title, unit, ps);
    }

    /** The sentences that state the resource: its evidence spans, or the sentences of its mentions. */
    private void evidence(StringBuilder b, Node self, Graph description, List<Figure> figures) {
        List<Node> spans = new ArrayList<>();
        boolean figureShown = !figures.isEmpty() && figures.get(0).obs().equals(self.getURI());
        if (!figureShown) description.find(self, GK.evidence, Node.ANY).forEachRemaining(t -> spans.add(t.getObject()));
        List<Node> mentions = description.find(self, GK.mention, Node.ANY).mapWith(Triple::getObject).toList();
        if (spans.isEmpty() && mentions.isEmpty()) return;
        b.append("<section id=\"evidence\"><h2>原文证据</h2><ul class=\"evidence\">\n");
        for (Node span : spans) {
            String text = ld.literal(description, span, LinkedData.NIF + "anchorOf");
            Node article = ld.object(description, span, LinkedData.NIF + "referenceContext");
            if (text == null) continue;
            b.append("<li><q>").append(highlight(text, -1, -1)).append("</q> ");
            if (article != null) b.append(ld.link(span, "原文")).append(" · ").append(ld.link(article, ld.label(article)));
            b.append("</li>\n");
        }
        List<Node> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Node::getURI));
        Map<String, TextLayout> texts = new LinkedHashMap<>();
        int shown = 0;
        for (Node span : sorted) {
            if (shown++ >= MAX_MENTIONS) break;
            Node article = ld.object(description, span, LinkedData.NIF + "referenceContext");
            String begin = ld.literal(description, span, LinkedData.NIF + "beginIndex");
            String end = ld.literal(description, span, LinkedData.NIF + "endIndex");
            if (article == null || begin == null || end == null) continue;
            TextLayout text = texts.computeIfAbsent(article.getURI(), ld::articleLayout);
            if (text == null) continue;
            b.append("<li><q>").append(sentenceAround(text, Integer.parseInt(begin), Integer.parseInt(end))).append("</q> ")
             .append(ld.link(span, "原文")).append(" · ").append(ld.link(article, ld.label(article))).append("</li>\n");
        }
        if (mentions.size() > MAX_MENTIONS)
            b.append("<li>… 另有 ").append(mentions.size() - MAX_MENTIONS).append(" 处提及</li>\n");
        b.append("</ul></section>\n");
    }

    /** The sentence of the text around code points [begin, end), the span in a mark. */
    static String sentenceAround(String text, int begin, int end) {
        return sentenceAround(TextLayout.of(text), begin, end);
    }

    /** The sentence (by {@link TextLayout}, with its end mark unless a line break) around code points [begin, end), the span in a mark. */
    static String sentenceAround(TextLayout layout, int begin, int end) {
        String text = layout.text();
        int n = text.codePointCount(0, text.length());
        if (begin < 0 || end > n || begin >= end) return "";
        int a = text.offsetByCodePoints(0, begin), z = text.offsetByCodePoints(0, end);
        int s = layout.sentenceStart(a);
        int e = layout.sentenceEnd(z);
        if (e < text.length() && text.charAt(e) != '\n') e++;
        return Html.escape(text.substring(s, a)) + "<mark class=\"span\">" + Html.escape(text.substring(a, z)) + "</mark>"
                + Html.escape(text.substring(z, e));
    }

    /** An article's page carries its text, each cited span an anchor the evidence links point to. */
    private void article(StringBuilder b, String iri, Graph description) {
        String text = ld.literal(description, NodeFactory.createURI(iri), LinkedData.NIF + "isString");
        if (text == null) return;
        List<int[]> spans = new ArrayList<>();
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?b ?e WHERE { GRAPH ?g { ?s nif:referenceContext " + Sparql.iri(iri)
                + " ; nif:beginIndex ?b ; nif:endIndex ?e } } ORDER BY ?b DESC(?e)"))
            spans.add(new int[]{r.getLiteral("b").getInt(), r.getLiteral("e").getInt()});
        int[] cps = text.codePoints().toArray();
        b.append("<section id=\"text\"><h2>全文</h2><div class=\"text\">");
        int at = 0;
        List<int[]> open = new ArrayList<>();
        // spans nest or follow one another (a figure inside its sentence); one that crosses an open one is left out
        List<int[]> kept = new ArrayList<>();
        for (int[] s : spans) {
            while (!open.isEmpty() && open.get(open.size() - 1)[1] <= s[0]) open.remove(open.size() - 1);
            if (!open.isEmpty() && s[1] > open.get(open.size() - 1)[1]) continue;
            if (s[0] < 0 || s[1] > cps.length || s[0] >= s[1]) continue;
            kept.add(s);
            open.add(s);
        }
        open.clear();
        int k = 0;
        for (int i = 0; i <= cps.length; i++) {
            while (!open.isEmpty() && open.get(open.size() - 1)[1] == i) {
                open.remove(open.size() - 1);
                b.append("</span>");
            }
            while (k < kept.size() && kept.get(k)[0] == i) {
                int[] s = kept.get(k++);
                b.append("<span class=\"cited\" id=\"char=").append(s[0]).append(',').append(s[1]).append("\">");
                open.add(s);
            }
            if (i < cps.length) b.append(Html.escape(new String(Character.toChars(cps[i]))));
        }
        b.append("</div></section>\n");
    }

    private void properties(StringBuilder b, Node self, Graph description) {
        Map<Node, List<Node>> out = new TreeMap<>(Comparator.comparing(Node::toString));
        description.find(self, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().getURI().equals(LinkedData.NIF + "isString"))
                out.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
        });
        Map<Node, List<Node>> in = new TreeMap<>(Comparator.comparing(Node::toString));
        description.find(Node.ANY, Node.ANY, self).forEachRemaining(t -> in.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getSubject()));
        b.append("<section id=\"properties\"><h2>属性</h2><table class=\"properties\">\n");
        for (Map.Entry<Node, List<Node>> e : out.entrySet()) row(b, e.getKey(), e.getValue(), false);
        for (Map.Entry<Node, List<Node>> e : in.entrySet()) row(b, e.getKey(), e.getValue(), true);
        b.append("</table></section>\n");
    }

    /**
     * Properties whose values are keys for machines (an article's MinHash signature and its 32 LSH band keys): their
     * row is folded, its values behind a summary that counts them, so that they do not fill the article's page.
     */
    private static final java.util.Set<String> FOLDED = java.util.Set.of(org.govkg.rdf.GK.NS + "textSignature", org.govkg.rdf.GK.NS + "textBand");

    private void row(StringBuilder b, Node p, List<Node> values, boolean inverse) {
        values.sort(Comparator.comparing(Node::toString));
        b.append("<tr><th>").append(ld.link(p, inverse ? ld.inverseLabel(p) : ld.termLabel(p))).append("</th><td>");
        boolean folded = !inverse && FOLDED.contains(p.getURI());
        if (folded) b.append("<details class=\"keys\"><summary>").append(values.size()).append(" 项（供机器比对的键）</summary>");
        int shown = 0;
        for (Node v : values) {
            if (shown++ >= 100) {
                b.append("<span>… 另有 ").append(values.size() - 100).append(" 项</span>");
                break;
            }
            if (v.isURI()) b.append("<span class=\"v\">").append(ld.link(v, ld.valueLabel(v))).append("</span> ");
            else if (v.isLiteral()) {
                b.append("<span class=\"v lit\"").append(v.getLiteralLanguage().isEmpty() ? "" : " lang=\"" + Html.escape(v.getLiteralLanguage()) + "\"")
                 .append(">").append(Html.escape(v.getLiteralLexicalForm())).append("</span> ");
            } else b.append("<span class=\"v\">").append(Html.escape(v.toString())).append("</span> ");
        }
        if (folded) b.append("</details>");
        b.append("</td></tr>\n");
    }
}
