package org.govkg.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter, for the origins given only, and for reads: GET, POST (a query) and HEAD, the
 * headers a query sends, no credentials. Fuseki's own setting allows every origin and every method,
 * which would let any page a user of this machine opens read a loopback-only endpoint; govkg adds
 * no CORS headers unless {@code --cors} names origins. The Authorization header is not allowed, so a
 * page of another site cannot drive the authenticated update endpoints either.
 */
final class CorsPolicy implements Filter {

    private final Map<String, String> params;
    private final CrossOriginFilter cors = new CrossOriginFilter();

    CorsPolicy(List<String> origins) {
        params = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        cors.init(new FilterConfig() {
            @Override public String getFilterName() { return config.getFilterName(); }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return params.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(params.keySet()); }
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        cors.doFilter(req, resp, chain);
    }

    @Override
    public void destroy() {
        cors.destroy();
    }
}
