package org.govkg.cli;

import org.govkg.store.GraphStorePush;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Sends every named graph of the store to a SPARQL 1.1 Graph Store Protocol endpoint (PUT per graph, so pushing again is idempotent).")
final class PushCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption db;

    @Option(names = "--to", required = true, description = "the Graph Store Protocol endpoint, e.g. http://127.0.0.1:3030/ds/data")
    URI to;

    @Option(names = "--auth-file", description = "a file holding USER:PASSWORD for HTTP basic authentication (never on the command line)")
    Path authFile;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String auth = null;
        if (authFile != null) {
            String credentials = Files.readString(authFile, StandardCharsets.UTF_8).strip();
            if (!credentials.contains(":")) {
                err.println("error: " + authFile + ": expected one line USER:PASSWORD");
                return ExitCodes.USAGE;
            }
            auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }
        try (KgStore store = KgStore.openBuilt(db.path())) {
            List<GraphStorePush.Sent> sent = new GraphStorePush(to, auth).push(store.dataset(), s -> {
                if (s.ok()) out.printf("%s\t%d triples\t%d%n", s.graph(), s.triples(), s.status());
                else err.printf("error: %s: %s %s%n", s.graph(), s.status() == -1 ? "not sent:" : "HTTP " + s.status(), s.error() == null ? "" : s.error());
                out.flush();
                err.flush();
            });
            long failed = sent.stream().filter(s -> !s.ok()).count();
            out.printf("total: %d graphs sent to %s, %d failed%n", sent.size() - failed, to, failed);
            return failed == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.of(e);
        }
    }
}
