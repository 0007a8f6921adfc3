package org.govkg.server;

import static java.util.Objects.requireNonNull;

import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The govkg SPARQL endpoint: an embedded Fuseki over one TDB2 dataset, read-only.
 * <p>
 * Under {@code /<datasetName>}: SPARQL query at {@code /sparql}, {@code /query} and the dataset URL;
 * the Graph Store Protocol (GET only) at {@code /data} and {@code /get}; GET of the dataset URL
 * returns all quads. The default graph is the union of the named graphs, for queries and for
 * {@code GET /data?default}. A plain GET of a query endpoint returns its SPARQL 1.1 Service
 * Description. The Fuseki web UI is at {@code /}, with the read-only admin calls it needs under
 * {@code /$/}. A SELECT answers at most {@link ServerOptions#maxResults()} rows ({@link ResultLimit}); CORS
 * headers only for the origins {@link ServerOptions#corsOrigins()} names ({@link CorsPolicy}). There is
 * no update endpoint unless {@link ServerOptions#updatePasswords()} is given ({@link UpdateAccess}).
 * The store's IRIs are served as linked data at {@code /id/…} (pages and RDF by content negotiation, see
 * LinkedDataServlet), with its VoID at {@code /.well-known/void}.
 * <p>
 * Writes while it is served come from this process only (TDB2 admits one): {@code serve --watch}
 * and the update endpoints; the service description recounts after a write. The caller keeps ownership of the dataset: closing the server does not close it.
 */
public final class KgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

    private final FusekiServer fuseki;
    private final ServerOptions options;

    private KgServer(FusekiServer fuseki, ServerOptions options) {
        this.fuseki = fuseki;
        this.options = options;
    }

    /**
     * Starts embedded Fuseki over {@code dsg} and returns once it listens.
     *
     * @param dsg     a TDB2 dataset (on disk, or {@code DatabaseMgr.createDatasetGraph()} in memory)
     * @throws IllegalArgumentException if {@code dsg} is not TDB2
     * @throws IllegalStateException    if the server cannot listen on the host and port
     */
    public static KgServer start(DatasetGraph dsg, ServerOptions options) {
        requireNonNull(dsg, "dsg");
        requireNonNull(options, "options");
        // The union default graph of queries is TDB2's query engine at work (see DatasetEndpoints).
        if (!TDBInternal.isBackedByTDB(dsg))
            throw new IllegalArgumentException("KgServer serves a TDB2 dataset (for its union default graph); got "
                + dsg.getClass().getSimpleName() + ". Open one with DatabaseMgr.connectDatasetGraph(dir).");
        LinkedData ld = new LinkedData(dsg, LinkedData.detectBase(dsg));
        FusekiServer.Builder builder = FusekiServer.create()
            .port(options.port())
            .enableCors(false)  // CorsPolicy, for the origins asked for only
            .registerOperation(Operation.Query, new ResultLimit(options.maxResults()))
            .addFilter("/*", new RefusedBodyDrain())
            .addFilter("/*", new ErrorBodyLength())
            .fusekiModules(FusekiModules.create(
                new FMod_ServiceDescription(options.queryTimeout()),
                new FMod_ReadOnlyAdmin(),
                new FMod_WebUi()));
        DataService service = DatasetEndpoints.dataService(dsg, options.queryTimeout());
        if (options.allowsUpdate())
            service = UpdateAccess.configure(builder, service, options.updatePasswords());
        builder.add(options.datasetName(), service);
        // linked data: the store's IRIs at /id/…, its VoID, the JSON-LD context of its descriptions
        LinkedDataServlet linkedData = new LinkedDataServlet(ld, new IndexPage(ld, new SearchPage(ld)));
        builder.addServlet("/id/*", linkedData)
               .addServlet("/id", linkedData)
               .addServlet("/.well-known/void", new VoidServlet(ld, options.datasetName()))
               .addServlet("/ns/context.jsonld", new JsonLdContextServlet(ld));
        if (!options.corsOrigins().isEmpty())
            builder.addFilter("/*", new CorsPolicy(options.corsOrigins()));
        FusekiServer fuseki = builder.build();
        bindTo(fuseki, options.host());
        try {
            fuseki.start();
        } catch (FusekiException e) {
            throw new IllegalStateException("Cannot serve on " + options.host() + ":" + options.port()
                + ": " + e.getMessage(), e);
        }
        KgServer server = new KgServer(fuseki, options);
        LOG.info("SPARQL endpoint {}/{}/sparql ; web UI {}/",
                 server.baseUrl(), options.datasetName(), server.baseUrl());
        return server;
    }

    // The builder offers only "loopback or all interfaces"; any other host is set on Jetty itself.
    private static void bindTo(FusekiServer fuseki, String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector)
                serverConnector.setHost(host);
        }
    }

    /** The port listened on: the one asked for, or the one chosen when 0 was asked for. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Scheme, host and port, no trailing "/", e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        return "http://" + urlHost(options.host()) + ":" + port();
    }

    // A wildcard address is not one a client can connect to: name this machine instead.
    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]"))
            return "localhost";
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset stays open. */
    @Override
    public void close() {
        fuseki.stop();
    }
}
