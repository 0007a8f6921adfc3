package org.govkg.server;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.ctl.ActionContainerItem;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code /$/datasets} and {@code /$/datasets/<name>}, read-only: the same JSON as Fuseki's admin
 * {@code ActionDatasets} (written by Fuseki's own {@link JsonDescription}), without its create and
 * delete. Fuseki's class is not reused because it holds those writes.
 */
final class DatasetsListing extends ActionContainerItem {

    @Override
    public void validate(HttpAction action) {}

    @Override
    protected JsonValue execGetContainer(HttpAction action) {
        JsonBuilder builder = new JsonBuilder();
        builder.startObject();
        builder.key(ServerConst.datasets);
        JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
        builder.finishObject();
        return builder.build();
    }

    @Override
    protected JsonValue execGetItem(HttpAction action) {
        DataAccessPoint dap = getItemDataAccessPoint(action);
        if (dap == null)
            ServletOps.errorNotFound("No dataset " + getItemDatasetName(action));
        JsonBuilder builder = new JsonBuilder();
        JsonDescription.describe(builder, dap);
        return builder.build();
    }

    @Override
    protected JsonValue execPostContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST (read-only server)");
        return null;
    }

    @Override
    protected JsonValue execPostItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST (read-only server)");
        return null;
    }
}
