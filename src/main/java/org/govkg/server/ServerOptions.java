package org.govkg.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link KgServer} listens and serves.
 *
 * @param host         interface to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
 * @param port         TCP port; 0 picks a free one ({@link KgServer#port()} tells which)
 * @param queryTimeout overall limit of one SPARQL query; must be positive
 * @param datasetName  the dataset's path segment: endpoints live under {@code /<datasetName>/}
 */
public record ServerOptions(String host, int port, Duration queryTimeout, String datasetName) {

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(datasetName, "datasetName");
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
    }

    /** Loopback only, port 3030, 30 s per query, dataset {@code govkg}. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 3030, Duration.ofSeconds(30), "govkg");
    }
}
