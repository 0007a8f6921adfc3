package org.govkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * {@code GET /id/<path>}: the resource {@code <base><path>}, by content negotiation (HTML for a browser
 * and for a client that asks for nothing in particular; Turtle, N-Triples, JSON-LD, RDF/XML), or in the
 * format a {@code ?format=} parameter names. The IRI answers 200 with the description itself, its
 * format-specific URL in {@code Content-Location} and {@code Vary: Accept}, rather than a 303 to a
 * separate document URL: one request for every client, and a {@code curl} without {@code -L} gets RDF.
 * {@code GET /id/} is the index (classes, search); {@code /id/<path>/chart.svg} the figures of a
 * division or zone as SVG. Unknown IRIs answer 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final String HTML = "text/html";
    /** What a resource is offered as; HTML first, so that a bare {@code *}{@code /*} gets the page. */
    private static final AcceptList OFFERS = AcceptList.create(HTML, "application/xhtml+xml", "text/turtle",
            "application/n-triples", "application/ld+json", "application/rdf+xml", "text/plain", "application/x-turtle");
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "text/turtle", RDFFormat.TURTLE_PRETTY, "application/x-turtle", RDFFormat.TURTLE_PRETTY,
            "application/n-triples", RDFFormat.NTRIPLES, "text/plain", RDFFormat.NTRIPLES,
            "application/ld+json", RDFFormat.JSONLD11_PRETTY, "application/rdf+xml", RDFFormat.RDFXML_PRETTY);
    private static final Map<String, String> FORMAT_PARAM = Map.of("ttl", "text/turtle", "nt", "application/n-triples",
            "jsonld", "application/ld+json", "rdf", "application/rdf+xml", "html", HTML);

    private final transient LinkedData ld;
    private final transient IndexPage index;
    private final transient ResourcePage pages;

    LinkedDataServlet(LinkedData ld, IndexPage index) {
        this.ld = ld;
        this.index = index;
        this.pages = new ResourcePage(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = req.getRequestURI();
        String path = raw.length() <= 4 ? "" : raw.substring("/id/".length());
        if (!raw.startsWith("/id/")) {
            resp.sendRedirect("/id/");
            return;
        }
        if (path.isEmpty()) {
            send(resp, 200, HTML + ";charset=utf-8", Txn.calculateRead(ld.dataset(), () -> index.render(req)));
            return;
        }
        String iriPath;
        try {
            iriPath = IriPaths.toIri(path);
        } catch (IllegalArgumentException e) {
            send(resp, 400, "text/plain;charset=utf-8", "Bad path: " + e.getMessage() + "\n");
            return;
        }
        if (iriPath.endsWith("/chart.svg")) {
            chart(req, resp, ld.base() + iriPath.substring(0, iriPath.length() - "/chart.svg".length()));
            return;
        }
        String iri = ld.base() + iriPath;
        MediaType type = choose(req);
        if (type == null) {
            send(resp, 406, "text/plain;charset=utf-8", "Not acceptable; offered: text/html, text/turtle, application/n-triples, application/ld+json, application/rdf+xml\n");
            return;
        }
        String contentType = type.getContentTypeStr();
        byte[] body = Txn.calculateRead(ld.dataset(), () -> {
            if (!Description.exists(ld.dataset(), iri)) return null;
            Graph g = Description.of(ld.dataset(), iri, ld.base());
            if (contentType.equals(HTML) || contentType.equals("application/xhtml+xml"))
                return pages.render(iri, g).getBytes(StandardCharsets.UTF_8);
            g.getPrefixMapping().setNsPrefixes(ld.prefixes());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, g, FORMATS.get(contentType));
            return out.toByteArray();
        });
        resp.setHeader("Vary", "Accept");
        if (body == null) {
            send(resp, 404, "text/plain;charset=utf-8", "No resource <" + iri + "> in this store.\n");
            return;
        }
        String ext = FORMAT_PARAM.entrySet().stream().filter(e -> e.getValue().equals(canonical(contentType)))
                .map(Map.Entry::getKey).findFirst().orElse("html");
        resp.setHeader("Content-Location", IriPaths.toUri(ld.localHref(iri)) + "?format=" + ext);
        resp.setHeader("Link", "<" + IriPaths.toUri(ld.localHref(iri)) + "?format=ttl>; rel=\"alternate\"; type=\"text/turtle\"");
        boolean text = contentType.equals(HTML) || contentType.equals("application/xhtml+xml");
        send(resp, 200, (text ? HTML : contentType) + ";charset=utf-8", body);
    }

    private static String canonical(String contentType) {
        return switch (contentType) {
            case "application/x-turtle" -> "text/turtle";
            case "text/plain" -> "application/n-triples";
            case "application/xhtml+xml" -> HTML;
            default -> contentType;
        };
    }

    /** ?format= wins; else the Accept header; no Accept header at all means HTML. */
    static MediaType choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            String t = FORMAT_PARAM.get(format);
            return t == null ? null : MediaType.create(t);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return MediaType.create(HTML);
        return AcceptList.match(new AcceptList(accept), OFFERS);
    }

    private void chart(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        String indicator = req.getParameter("indicator"), kind = req.getParameter("kind");
        String svg = Txn.calculateRead(ld.dataset(), () -> {
            if (!Description.exists(ld.dataset(), iri)) return null;
            var series = ResourcePage.series(pages.figures(iri));
            StringBuilder b = new StringBuilder();
            int y = 0;
            List<String> charts = new java.util.ArrayList<>();
            for (var e : series.entrySet()) {
                var first = e.getValue().get(0);
                if (indicator != null && !indicator.equals(first.indicator())) continue;
                if (kind != null && !kind.equals(first.kind())) continue;
                charts.add(pages.chart(first, e.getValue()));
            }
            if (charts.size() == 1) return charts.get(0);
            // several series: one SVG of stacked charts
            b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"").append(ChartSvg.WIDTH)
             .append("\" height=\"").append(ChartSvg.HEIGHT * charts.size()).append("\">\n");
            for (String c : charts) {
                b.append("<g transform=\"translate(0,").append(y).append(")\">\n").append(c.replaceFirst("<svg ", "<svg x=\"0\" y=\"0\" ")).append("</g>\n");
                y += ChartSvg.HEIGHT;
            }
            return b.append("</svg>\n").toString();
        });
        if (svg == null) send(resp, 404, "text/plain;charset=utf-8", "No resource <" + iri + "> in this store.\n");
        else send(resp, 200, "image/svg+xml;charset=utf-8", svg);
    }

    static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        send(resp, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
