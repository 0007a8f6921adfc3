package org.govkg.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses every admin request under {@code /$/} that is not a read (405), whichever servlet would
 * have answered it: the UI's create, delete and backup buttons, and the POST forms that Fuseki's
 * own ping and stats servlets would accept.
 */
final class AdminWritesRefused implements Filter {

    static final String ALLOWED = "GET, HEAD, OPTIONS";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (READS.contains(request.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setHeader("Allow", ALLOWED);
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                           "Read-only server: " + request.getMethod() + " is not allowed under /$/");
    }
}
