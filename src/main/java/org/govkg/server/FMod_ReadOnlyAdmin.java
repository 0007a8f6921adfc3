package org.govkg.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * The admin calls the Fuseki UI makes, answered read-only: {@code GET /$/ping}, {@code /$/server}
 * (server and dataset list), {@code /$/stats/<name>} and {@code /$/tasks}, plus {@code /$/datasets}.
 * Fuseki's own admin module is not used: it adds dataset creation, deletion, backup and compaction,
 * and needs a writable run area on disk.
 */
final class FMod_ReadOnlyAdmin implements FusekiModule {

    @Override
    public String name() {
        return "govkg read-only admin";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.enablePing(true)
               .enableStats(true)
               .enableTasks(true)   // always an empty list: nothing here starts a task
               .addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/datasets/*", new DatasetsListing())
               .addFilter("/$/*", new AdminWritesRefused());
    }
}
