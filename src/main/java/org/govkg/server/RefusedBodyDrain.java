package org.govkg.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads and discards what is left of a request body after an error response (up to a bound).
 * <p>
 * A read-only server refuses writes (PUT, POST of data, updates) without reading their bodies.
 * Jetty then closes the connection once the response is sent, without saying so in the response,
 * and a client that reuses the connection (java.net.http does) fails on its next request with
 * "header parser received no bytes" — measured at 45 of 900 refused writes. Draining the body
 * keeps the connection usable; past {@link #LIMIT} Jetty's closing is the cheaper outcome.
 */
final class RefusedBodyDrain implements Filter {

    static final long LIMIT = 1L << 20;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req, resp);
        if (((HttpServletResponse) resp).getStatus() >= 400 && hasBody((HttpServletRequest) req))
            drain(req);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static void drain(ServletRequest req) {
        try {
            InputStream in = req.getInputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; total <= LIMIT && (n = in.read(buffer)) >= 0; )
                total += n;
        } catch (IOException | IllegalStateException e) {
            // The body was taken as a reader, or the client went away: nothing left to keep.
        }
    }
}
