package org.govkg.server;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ns/context.jsonld}: the JSON-LD context of govkg's descriptions (its prefixes), the same one
 * the JSON-LD that {@code /id/} returns carries inline, published for clients that compact their own
 * JSON-LD against it.
 */
final class JsonLdContextServlet extends HttpServlet {
    private final transient LinkedData ld;

    JsonLdContextServlet(LinkedData ld) {
        this.ld = ld;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataServlet.send(resp, 200, "application/ld+json;charset=utf-8", context(ld));
    }

    static String context(LinkedData ld) {
        Map<String, String> sorted = new TreeMap<>(ld.prefixes().getNsPrefixMap());
        StringBuilder b = new StringBuilder("{\n  \"@context\": {\n");
        int i = 0;
        for (Map.Entry<String, String> e : sorted.entrySet())
            b.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"').append(++i < sorted.size() ? ",\n" : "\n");
        return b.append("  }\n}\n").toString();
    }
}
