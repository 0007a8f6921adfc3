package org.govkg.cli;

import org.govkg.server.KgServer;
import org.govkg.server.ServerOptions;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL (read-only Fuseki: /govkg/sparql, /govkg/data, UI at /).")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, description = "the TDB2 store directory")
    Path db;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}); anything else exposes the endpoint")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port = 3030;

    @Option(names = "--timeout", description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    int timeout = 30;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) {
            spec.commandLine().getErr().println("error: " + db + ": no store there (run build first)");
            return ExitCodes.USAGE;
        }
        return serve(spec, db, new ServerOptions(host, port, Duration.ofSeconds(timeout), "govkg"));
    }

    static int serve(CommandLine.Model.CommandSpec spec, Path db, ServerOptions options) {
        try (KgStore store = KgStore.open(db); KgServer server = KgServer.start(store.dataset(), options)) {
            spec.commandLine().getOut().println("serving " + db + " at " + server.baseUrl() + "/  (SPARQL: " + server.baseUrl() + "/govkg/sparql)");
            spec.commandLine().getOut().flush();
            server.join();
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.STORE;
        }
    }
}
