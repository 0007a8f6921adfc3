package org.govkg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.govkg.ingest.TextLayout;
import org.govkg.rdf.GK;

/**
 * What the linked-data pages share: the store, the base its IRIs were minted under, how an IRI maps to
 * a path of this server ({@code <base>division/220104} ↔ {@code /id/division/220104}), labels, and the
 * frame of a page.
 */
final class LinkedData {
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel";
    static final String HEADLINE = "https://schema.org/headline";
    /** format parameter → media type, in the order the pages offer them. */
    static final Map<String, String> FORMAT_LINKS = new LinkedHashMap<>();
    static final Map<String, String> FORMAT_NAMES = Map.of("ttl", "Turtle", "jsonld", "JSON-LD", "nt", "N-Triples", "rdf", "RDF/XML");

    static {
        FORMAT_LINKS.put("ttl", "text/turtle");
        FORMAT_LINKS.put("jsonld", "application/ld+json");
        FORMAT_LINKS.put("nt", "application/n-triples");
        FORMAT_LINKS.put("rdf", "application/rdf+xml");
    }

    private final DatasetGraph dsg;
    private final String base;
    private final PrefixMapping prefixes;
    private final TermLabels fileLabels;
    private volatile Map<String, String> termLabels;

    LinkedData(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
        this.prefixes = prefixes(base);
        this.fileLabels = new TermLabels(this.prefixes);
    }

    /** The base of the store's IRIs: the one its ontology graph was minted under, else the contract's default. */
    static String detectBase(DatasetGraph dsg) {
        String suffix = "graph/ontology";
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.listGraphNodes();
            String found = null;
            while (it.hasNext()) {
                Node g = it.next();
                if (g.isURI() && g.getURI().endsWith(suffix)) {
                    String b = g.getURI().substring(0, g.getURI().length() - suffix.length());
                    if (found == null || b.compareTo(found) < 0) found = b;
                }
            }
            return found == null ? "https://w3id.org/govkg/id/" : found;
        });
    }

    static PrefixMapping prefixes(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("gk", GK.NS);
        pm.setNsPrefix("gkr", base);
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("qb", GK.QB);
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("org", GK.ORG);
        pm.setNsPrefix("schema", "https://schema.org/");
        pm.setNsPrefix("nif", NIF);
        pm.setNsPrefix("time", GK.TIME);
        pm.setNsPrefix("dcterms", GK.DCTERMS);
        pm.setNsPrefix("void", "http://rdfs.org/ns/void#");
        pm.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        pm.lock();
        return pm;
    }

    DatasetGraph dataset() {
        return dsg;
    }

    String base() {
        return base;
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    /** The server path of an IRI minted under the base; any other IRI as it is. */
    String localHref(String iri) {
        return iri.startsWith(base) ? "/id/" + iri.substring(base.length()) : iri;
    }

    String link(Node n, String text) {
        return n.isURI() ? link(n.getURI(), text) : Html.escape(text);
    }

    String link(String iri, String text) {
        return "<a href=\"" + Html.escape(localHref(iri)) + "\">" + Html.escape(text) + "</a>";
    }

    /** A label from a description graph: Chinese rdfs:label, skos:prefLabel, headline, else the IRI's tail. */
    String label(Graph g, Node n) {
        for (String p : List.of(SKOS_PREF, RDFS_LABEL, HEADLINE)) {
            String zh = null, any = null;
            for (Triple t : g.find(n, NodeFactory.createURI(p), Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) continue;
                String lex = t.getObject().getLiteralLexicalForm();
                if (t.getObject().getLiteralLanguage().startsWith("zh") && (zh == null || lex.compareTo(zh) < 0)) zh = lex;
                if (any == null || lex.compareTo(any) < 0) any = lex;
            }
            if (zh != null) return zh;
            if (any != null) return any;
        }
        return termLabel(n);
    }

    /** A label looked up in the store (caller holds a read transaction). */
    String label(Node n) {
        if (!n.isURI()) return n.toString();
        // not cached: serve --watch and the update endpoint change the store under a running server
        List<QuerySolution> rows = Sparql.select(dsg, "SELECT ?l WHERE { VALUES ?p { rdfs:label skos:prefLabel schema:headline } GRAPH ?g { "
                + Sparql.iri(n.getURI()) + " ?p ?l } } ORDER BY DESC(lang(?l) = \"zh\") DESC(?p) ?l LIMIT 1");
        return rows.isEmpty() ? termLabel(n) : rows.get(0).getLiteral("l").getLexicalForm();
    }

    /** The layout of an article's text (its nif:isString), for quoting the sentences of its spans; null without a text. */
    TextLayout articleLayout(String article) {
        List<QuerySolution> rows = Sparql.select(dsg, "SELECT ?t WHERE { GRAPH ?g { " + Sparql.iri(article) + " nif:isString ?t } } LIMIT 1");
        return rows.isEmpty() ? null : TextLayout.of(rows.get(0).getLiteral("t").getLexicalForm());
    }

    /** The label of a thing if it has one, else the term label. */
    String labelOrTerm(Node n) {
        return label(n);
    }

    /** Ontology terms by their Chinese label, else the Chinese name term-labels.tsv gives them, else their prefixed name. */
    String termLabel(Node n) {
        if (!n.isURI()) return n.toString();
        String l = termLabels().get(n.getURI());
        if (l != null) return l;
        l = fileLabels.label(n.getURI());
        if (l != null) return l;
        String q = prefixes.qnameFor(n.getURI());
        return q != null ? q : n.getURI();
    }

    /** A property read from its object's side: 下辖 for gk:partOf; 以此为「名称」者 where no inverse is named. */
    String inverseLabel(Node p) {
        String l = fileLabels.inverse(p.getURI());
        return l != null ? l : "以此为「" + termLabel(p) + "」者";
    }

    /**
     * What a property value is called on a page, never its IRI: its label, else the text it quotes (a span's
     * nif:anchorOf) or the figure as written, else the Chinese name of its class (陈述, 职务 …); the caller holds a
     * read transaction.
     */
    String valueLabel(Node n) {
        if (!n.isURI()) return n.isBlank() ? "（匿名节点）" : n.toString();
        List<QuerySolution> rows = Sparql.select(dsg, "SELECT ?l WHERE { VALUES (?p ?rank) { (skos:prefLabel 0) (rdfs:label 1) (schema:headline 2) "
                + "(<" + NIF + "anchorOf> 3) (gk:statedValue 4) } GRAPH ?g { " + Sparql.iri(n.getURI())
                + " ?p ?l } } ORDER BY ?rank DESC(lang(?l) = \"zh\") ?l LIMIT 1");
        if (!rows.isEmpty()) return rows.get(0).getLiteral("l").getLexicalForm();
        if (termLabels().containsKey(n.getURI()) || fileLabels.label(n.getURI()) != null) return termLabel(n);
        List<QuerySolution> types = Sparql.select(dsg, "SELECT ?t WHERE { GRAPH ?g { " + Sparql.iri(n.getURI()) + " a ?t } } ORDER BY ?t LIMIT 1");
        if (!types.isEmpty()) return termLabel(types.get(0).getResource("t").asNode());
        return termLabel(n);
    }

    private Map<String, String> termLabels() {
        Map<String, String> m = termLabels;
        if (m == null) {
            Map<String, String> built = new ConcurrentHashMap<>();
            Txn.executeRead(dsg, () -> {
                for (QuerySolution r : Sparql.select(dsg, "SELECT ?t ?l WHERE { GRAPH " + Sparql.iri(base + "graph/ontology")
                        + " { ?t rdfs:label ?l FILTER (langMatches(lang(?l), \"zh\")) } } ORDER BY ?t DESC(?l)"))
                    built.put(r.getResource("t").getURI(), r.getLiteral("l").getLexicalForm());
            });
            termLabels = m = built;
        }
        return m;
    }

    String literal(Graph g, Node s, String p) {
        var it = g.find(s, NodeFactory.createURI(p), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }

    Node object(Graph g, Node s, String p) {
        var it = g.find(s, NodeFactory.createURI(p), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The start of every page: head, style, the bar with the search box. */
    void head(StringBuilder b, String title, String iri) {
        b.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
         .append(Html.escape(title)).append(" — govkg</title>\n");
        if (iri != null)
            for (Map.Entry<String, String> e : FORMAT_LINKS.entrySet())
                b.append("<link rel=\"alternate\" type=\"").append(e.getValue()).append("\" href=\"")
                 .append(Html.escape(localHref(iri))).append("?format=").append(e.getKey()).append("\">\n");
        b.append("<style>").append(STYLE).append("</style></head>\n<body>\n<header><a class=\"home\" href=\"/id/\">govkg</a> ")
         .append("<form action=\"/id/\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"搜索 (例: 产业园)\" aria-label=\"search\"> <button>搜索</button></form> ")
         .append("<a href=\"/\" title=\"SPARQL\">查询</a> <a href=\"/.well-known/void\" title=\"VoID\">数据集描述</a></header>\n<main>\n");
    }

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:0;color:#222;line-height:1.5}
            header{background:#24476b;color:#fff;padding:.5em 1em;display:flex;gap:1em;align-items:center}
            header a{color:#fff} header form{margin:0} main{padding:0 1em 2em;max-width:72em}
            .breadcrumbs{margin:.6em 0;color:#555} h1{margin:.2em 0} .types .type{background:#eef;padding:0 .4em;margin-right:.3em;border-radius:3px}
            .iri code{font-size:.85em;color:#555} table{border-collapse:collapse;margin:.5em 0} th,td{border:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left}
            th{background:#f6f6f6;font-weight:normal;white-space:nowrap} td.value,td.period{white-space:nowrap} mark.span{background:#ffe066;padding:0 .1em}
            .evidence q{quotes:"「" "」"} .v{margin-right:.6em} .text{white-space:pre-wrap;max-width:48em} .cited{background:#fff6cc}
            .cited:target{background:#ffe066;outline:2px solid #e0a800} figure.chart{display:inline-block;margin:.5em 1em .5em 0}
            """;
}
