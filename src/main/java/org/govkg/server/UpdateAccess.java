package org.govkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.JettyLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserStore;

/**
 * The write side of the endpoint, off unless a password file is given: SPARQL Update at
 * {@code /<dataset>/update} and the read-write Graph Store Protocol at {@code /<dataset>/data}, both
 * for any user of the file, by HTTP basic authentication (Fuseki's own per-endpoint policy, so a
 * request without or with wrong credentials gets 401 before anything is read). The query endpoints,
 * {@code /get}, the UI and {@code /$/ping} stay open. Writes here bypass extraction: they change the
 * graphs as sent, and gkr:graph/links is recomputed only by the next build.
 */
final class UpdateAccess {

    static final String UPDATE = "update";
    static final String DATA = "data";

    private UpdateAccess() {}

    /**
     * Sets the builder's basic authentication against the password file's users, and returns {@code service} with the
     * two endpoints added, each for any user of the file.
     */
    static DataService configure(FusekiServer.Builder builder, DataService service, Path passwordFile) {
        requireUsers(passwordFile);
        builder.securityHandler(JettySecurityLib.makeSecurityHandler("govkg", users(passwordFile), AuthScheme.BASIC));
        return DataService.newBuilder(service)
            .addEndpoint(Operation.Update, UPDATE, Auth.ANY_USER)
            .addEndpoint(Operation.GSP_RW, DATA, Auth.ANY_USER)
            .build();
    }

    /**
     * The users, read once at start. Fuseki's own {@code passwordFile(…)} re-reads the file every 5 s
     * from a scanner thread that nothing stops, which outlives the server (and warns forever once the
     * file is gone); a changed password file takes a restart here instead.
     */
    private static UserStore users(Path passwordFile) {
        PropertyUserStore store = new PropertyUserStore();
        store.setConfig(JettyLib.newResource(passwordFile.toAbsolutePath().toString()));
        store.setReloadInterval(0);
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
        return store;
    }

    // Jetty would start with an empty or unreadable file and refuse every login; say why instead.
    private static void requireUsers(Path file) {
        try {
            boolean anyUser = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .anyMatch(line -> !line.isEmpty() && !line.startsWith("#") && line.indexOf(':') > 0);
            if (!anyUser)
                throw new IllegalArgumentException("password file " + file
                    + " names no user: write one line 'USER: PASSWORD' (Jetty's realm format)");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }
}
