package org.govkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link KgServer} listens and serves.
 *
 * @param host         interface to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
 * @param port         TCP port; 0 picks a free one ({@link KgServer#port()} tells which)
 * @param queryTimeout overall limit of one SPARQL query; must be positive
 * @param datasetName  the dataset's path segment: endpoints live under {@code /<datasetName>/}
 * @param maxResults   the most rows a SELECT answers (a query's own LIMIT can only lower it); positive
 * @param corsOrigins  origins other sites' pages may query from ({@code *} for any); empty: no CORS
 *                     headers at all, which is all the Fuseki UI needs (it is served from the same origin)
 * @param updatePasswords a Jetty password file ({@code user: password}) that turns on SPARQL Update
 *                     and the read-write Graph Store Protocol for its users (HTTP basic authentication);
 *                     null: the server is read-only
 */
public record ServerOptions(String host, int port, Duration queryTimeout, String datasetName,
                            long maxResults, List<String> corsOrigins, Path updatePasswords) {

    /** The default row limit of a SELECT: far above what the named queries return, far below what exhausts a heap. */
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(datasetName, "datasetName");
        corsOrigins = List.copyOf(corsOrigins);
        if (host.isBlank())
            throw new IllegalArgumentException("host is blank: give an interface such as 127.0.0.1");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port " + port + " is outside 0..65535 (0 = any free port)");
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("queryTimeout must be positive, was " + queryTimeout);
        // "$" is Fuseki's admin area; a "/" would split the name across two path segments.
        if (!datasetName.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
            throw new IllegalArgumentException("datasetName '" + datasetName
                + "' must be one path segment of letters, digits, '.', '_' or '-', e.g. govkg");
        if (maxResults < 1)
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        for (String origin : corsOrigins)
            if (!origin.equals("*") && !origin.matches("https?://[^/\\s,]+"))
                throw new IllegalArgumentException("CORS origin '" + origin
                    + "' is not * or scheme://host[:port], e.g. https://example.org");
    }

    /** Read-only, no CORS, at most {@link #DEFAULT_MAX_RESULTS} rows a SELECT. */
    public ServerOptions(String host, int port, Duration queryTimeout, String datasetName) {
        this(host, port, queryTimeout, datasetName, DEFAULT_MAX_RESULTS, List.of(), null);
    }

    /** Loopback only, port 3030, 30 s per query, dataset {@code govkg}, read-only. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 3030, Duration.ofSeconds(30), "govkg");
    }

    /** Whether SPARQL Update and Graph Store writes are served (to authenticated users). */
    public boolean allowsUpdate() {
        return updatePasswords != null;
    }
}
