package org.govkg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets Jetty, not Fuseki, set the length of an error message. Fuseki 5.6 gives a plain-text error body a
 * Content-Length counted in characters (ServletOps.writeMessagePlainText) and writes it in UTF-8, so a message
 * that quotes Chinese (a 400 for {@code text:query "产业园 AND ("} repeats the query) is longer than declared:
 * Jetty refuses it and the client gets a 500 instead of the 400 and its reason. Error responses are short and
 * written at once, so Jetty can count their bytes itself.
 */
final class ErrorBodyLength implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!(resp instanceof HttpServletResponse http)) {
            chain.doFilter(req, resp);
            return;
        }
        chain.doFilter(req, new HttpServletResponseWrapper(http) {
            @Override
            public void setContentLength(int len) {
                if (getStatus() < 400) super.setContentLength(len);
            }

            @Override
            public void setContentLengthLong(long len) {
                if (getStatus() < 400) super.setContentLengthLong(len);
            }
        });
    }
}
