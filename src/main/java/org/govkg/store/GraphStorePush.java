package org.govkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends every named graph of the store to another SPARQL 1.1 store through the Graph Store Protocol:
 * one PUT of N-Triples per graph ({@code ?graph=<name>}), which replaces that graph there, so pushing again
 * is idempotent and a rebuilt document replaces its old graph. One graph is read and sent at a time.
 */
public final class GraphStorePush {
    /** What happened to one graph: its name, its size, and the HTTP status (or -1 and the error). */
    public record Sent(String graph, long triples, int status, String error) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String authorization;

    /** @param authorization an HTTP Authorization header value, or null */
    public GraphStorePush(URI endpoint, String authorization) {
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    public List<Sent> push(DatasetGraph dsg, Consumer<Sent> listener) {
        List<Node> names = Txn.calculateRead(dsg, () -> {
            List<Node> l = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(l::add);
            l.sort(Comparator.comparing(Node::getURI));
            return l;
        });
        List<Sent> out = new ArrayList<>();
        for (Node g : names) {
            byte[] body = Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                RDFDataMgr.write(bytes, copy, Lang.NTRIPLES);
                return bytes.toByteArray();
            });
            long triples = body.length == 0 ? 0 : new String(body, StandardCharsets.UTF_8).lines().count();
            String sep = endpoint.getQuery() == null ? "?" : "&";
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(endpoint + sep + "graph=" + URLEncoder.encode(g.getURI(), StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/n-triples; charset=utf-8")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
            if (authorization != null) req.header("Authorization", authorization);
            Sent s;
            try {
                HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
                s = new Sent(g.getURI(), triples, r.statusCode(), r.statusCode() / 100 == 2 ? null : r.body().strip());
            } catch (IOException e) {
                s = new Sent(g.getURI(), triples, -1, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                s = new Sent(g.getURI(), triples, -1, "interrupted");
            }
            out.add(s);
            listener.accept(s);
            if (s.status() == -1) break;
        }
        return out;
    }
}
