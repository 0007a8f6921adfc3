package org.govkg.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Fuseki web UI (the static app in jena-fuseki-ui, under {@code webapp/}) at {@code /}.
 * Jena's own {@code FMod_UI} finds the same files but only when the admin module's run area
 * exists, which a read-only server does not create.
 */
final class FMod_WebUi implements FusekiModule {

    static final String UI_INDEX = "webapp/index.html";
    private static final Logger LOG = LoggerFactory.getLogger(FMod_WebUi.class);

    @Override
    public String name() {
        return "govkg web UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        URL index = FMod_WebUi.class.getClassLoader().getResource(UI_INDEX);
        if (index == null) {
            LOG.warn("jena-fuseki-ui is not on the class path: no web UI at /");
            return;
        }
        builder.staticFileBase(uiBase(index));
    }

    /** The folder holding index.html: "jar:file:…!/webapp/" inside a jar, a path when unpacked. */
    static String uiBase(URL index) {
        String url = index.toString();
        if ("jar".equals(index.getProtocol()))
            return url.substring(0, url.length() - "index.html".length());
        try {
            return Path.of(index.toURI()).getParent().toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot use the web UI files at " + url, e);
        }
    }
}
