package org.govkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.tdb2.sys.TDBInternal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Answers a plain GET of a query endpoint (no parameters at all) with its Service
 * Description, by content negotiation; every other request passes on to Fuseki unchanged.
 */
final class ServiceDescriptionFilter implements Filter {

    /** Offered syntaxes, Turtle first: it is also the answer to no or an unmatched Accept. */
    private static final AcceptList OFFERED = AcceptList.create(
        WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
        WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples);
    private static final MediaType TURTLE = MediaType.create(WebContent.contentTypeTurtle);

    private final DatasetGraph dsg;
    private final Duration countLimit;
    // Counted on the first request and again only after a write (serve --watch, --allow-update):
    // recounting a large store on every GET would let any client load it at will.
    private volatile DatasetSummary summary;
    private volatile Object countedAt;

    ServiceDescriptionFilter(DatasetGraph dsg, Duration countLimit) {
        this.dsg = dsg;
        this.countLimit = countLimit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!asksForDescription(request)) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) resp;
        MediaType chosen = ConNeg.chooseContentType(request, OFFERED, TURTLE);
        Lang lang = chosen == null ? null : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        if (lang == null)
            lang = Lang.TURTLE;
        Graph description = ServiceDescription.describe(request.getRequestURL().toString(), summary());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getHeaderString());
        response.setCharacterEncoding(WebContent.charsetUTF8);
        response.setHeader("Vary", "Accept");
        if ("HEAD".equals(request.getMethod()))
            return;
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, description, lang);
        }
    }

    // Only GET and HEAD read the query string alone: calling getParameter on a POST would
    // consume a form body that Fuseki still has to read.
    private static boolean asksForDescription(HttpServletRequest request) {
        String method = request.getMethod();
        // the description answers a GET with no parameters at all; a misspelt ?qeury= or an ?update= on a query
        // endpoint goes on to Fuseki, which answers 400 as the SPARQL protocol asks, rather than a description
        // that would hide the client's mistake
        String parameters = request.getQueryString();
        return ("GET".equals(method) || "HEAD".equals(method)) && (parameters == null || parameters.isEmpty());
    }

    private DatasetSummary summary() {
        Object version = dataVersion();
        DatasetSummary s = summary;
        if (s == null || !version.equals(countedAt)) {
            synchronized (this) {
                if (summary == null || !version.equals(countedAt)) {
                    summary = DatasetSummary.of(dsg, countLimit);
                    countedAt = version;
                }
                s = summary;
            }
        }
        return s;
    }

    /**
     * Changes when the data may have: TDB2's count of write transactions, and the coordinator itself,
     * which compaction replaces. A store that is not TDB2 is counted once.
     */
    private Object dataVersion() {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        if (coordinator == null)
            return "counted once";
        return java.util.List.of(System.identityHashCode(coordinator), coordinator.countBeginWrite());
    }
}
