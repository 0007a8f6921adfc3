package org.govkg.server;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;

/**
 * Puts a {@link ServiceDescriptionFilter} in front of every named query endpoint of every dataset
 * (e.g. {@code /govkg/sparql}, {@code /govkg/query}). Fuseki has no service description of its own.
 */
final class FMod_ServiceDescription implements FusekiModule {

    private final Duration countLimit;

    FMod_ServiceDescription(Duration countLimit) {
        this.countLimit = countLimit;
    }

    @Override
    public String name() {
        return "govkg service description";
    }

    // "configured" runs once the endpoints exist and before the servlet filters are installed.
    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        for (DataAccessPoint dap : registry.accessPoints()) {
            DataService service = dap.getDataService();
            ServiceDescriptionFilter filter = new ServiceDescriptionFilter(service.getDataset(), countLimit);
            for (Endpoint endpoint : service.getEndpoints(Operation.Query)) {
                // The unnamed endpoint is the dataset URL, where a plain GET means "all quads".
                if (!endpoint.isUnnamed())
                    builder.addFilter(dap.getName() + "/" + endpoint.getName(), filter);
            }
        }
    }
}
