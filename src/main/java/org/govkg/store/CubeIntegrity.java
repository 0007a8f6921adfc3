package org.govkg.store;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Data Cube integrity constraints IC-1 to IC-19 (org/govkg/cube/ic-NN.rq, the specification's
 * queries as written) over the default graph of the store, which is the union of all its graphs. IC-20
 * and IC-21 concern hierarchical code lists, which govkg's cube does not use.
 */
public final class CubeIntegrity {
    public static final int CONSTRAINTS = 19;

    /** One constraint: its number, its title (the first comment line) and its ASK query. */
    public record Constraint(int number, String title, String query) {}

    private CubeIntegrity() {}

    public static List<Constraint> constraints() {
        List<Constraint> out = new ArrayList<>();
        for (int i = 1; i <= CONSTRAINTS; i++) {
            String name = String.format("/org/govkg/cube/ic-%02d.rq", i);
            try (InputStream in = CubeIntegrity.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("missing resource " + name);
                String q = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.add(new Constraint(i, q.lines().findFirst().orElse("").replaceFirst("^#\\s*", ""), q));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The titles of the constraints the data violates, in order; empty for a well-formed cube. */
    public static List<String> violations(DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            for (Constraint c : constraints()) {
                try (QueryExecution qe = QueryExecution.create().query(c.query()).dataset(DatasetFactory.wrap(dsg)).build()) {
                    if (qe.execAsk()) out.add(c.title());
                }
            }
        });
        return out;
    }
}
