package org.govkg.cli;

import org.govkg.ingest.ReadOptions;
import org.govkg.pipeline.BuildOptions;
import org.govkg.pipeline.BuildTotals;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Engine;
import org.govkg.pipeline.FolderWatch;
import org.govkg.pipeline.Pipeline;
import org.govkg.pipeline.Stage;
import org.govkg.server.KgServer;
import org.govkg.server.ServerOptions;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL (read-only Fuseki: /govkg/sparql, /govkg/data, UI at /).")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption db;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}); anything else exposes the endpoint")
    String host = "127.0.0.1";

    @Mixin
    PortOption port;

    @Option(names = "--timeout", description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    int timeout = 30;

    @Option(names = "--max-results", paramLabel = "N", description = "the most rows a SELECT answers (default: ${DEFAULT-VALUE})")
    long maxResults = ServerOptions.DEFAULT_MAX_RESULTS;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
            description = "origins whose pages may query the endpoint (https://example.org, or * for any); default: none")
    List<String> cors = List.of();

    @Option(names = "--allow-update", description = "serve SPARQL Update (/govkg/update) and Graph Store writes (/govkg/data) to the users of --password-file")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "users allowed to update, one 'USER: PASSWORD' a line (with --allow-update)")
    Path passwordFile;

    @Option(names = "--watch", paramLabel = "DIR", description = "build new and changed inputs of DIR into the served store")
    Path watch;

    @Option(names = "--watch-interval", paramLabel = "S", description = "seconds between two looks at --watch DIR (default: ${DEFAULT-VALUE})")
    int watchInterval = 2;

    /** What a --watch round says while it builds. */
    @Mixin
    ProgressOption progress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageError();
        if (usage != null) {
            err.println("error: " + usage);
            return ExitCodes.USAGE;
        }
        ServerOptions options;
        try {
            options = new ServerOptions(host, port.number(), Duration.ofSeconds(timeout), "govkg", maxResults, cors,
                                        allowUpdate ? passwordFile : null);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return serve(spec, db.path(), options, watch, Duration.ofSeconds(watchInterval), progress);
    }

    private String usageError() {
        if (allowUpdate && passwordFile == null)
            return "--allow-update needs --password-file FILE (a password is never given on the command line)";
        if (!allowUpdate && passwordFile != null)
            return "--password-file is for --allow-update; without it the server is read-only";
        if (passwordFile != null && !Files.isReadable(passwordFile))
            return "--password-file " + passwordFile + ": no such readable file";
        if (watch != null && !Files.isDirectory(watch))
            return "--watch " + watch + ": no such folder";
        if (watchInterval < 1)
            return "--watch-interval must be at least 1 second";
        return null;
    }

    static int serve(CommandLine.Model.CommandSpec spec, Path db, ServerOptions options) {
        return serve(spec, db, options, null, null, ProgressOption.silent());
    }

    static int serve(CommandLine.Model.CommandSpec spec, Path db, ServerOptions options, Path watch, Duration interval, ProgressOption progress) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KgStore store = KgStore.openBuilt(db); KgServer server = KgServer.start(store.dataset(), options)) {
            out.println("serving " + db + " at " + server.baseUrl() + "/  (SPARQL: " + server.baseUrl() + "/govkg/sparql)");
            out.println("  Fuseki UI:        " + server.baseUrl() + "/");
            out.println("  pages and search: " + server.baseUrl() + "/id/");
            out.println("  SPARQL endpoint:  " + server.baseUrl() + "/govkg/sparql");
            out.println("  store:            " + db.toAbsolutePath().normalize());
            out.println("Ctrl-C to stop");
            out.flush();
            if (watch == null) {
                server.join();
                return ExitCodes.OK;
            }
            // this process is the store's one writer: the watch builds through it while Fuseki reads
            BuildOptions build = new BuildOptions(db, List.of(), Runtime.getRuntime().availableProcessors(), 64,
                                                  BuildOptions.DEFAULT_BASE, ReadOptions.DEFAULTS);
            try (FolderWatch w = new FolderWatch(new Pipeline(new Engine(build.base())), store, build, watch, reporter(out, err, progress))
                     .start(interval)) {
                out.println("watching " + watch + " every " + interval.toSeconds() + " s");
                out.flush();
                server.join();
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.of(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /**
     * Each round as a build reports itself, its lines prefixed with "watch: ": a progress line from the round's start to
     * its end, the errors, a line per document with --verbose, and the round's total.
     */
    private static FolderWatch.Listener reporter(PrintWriter out, PrintWriter err, ProgressOption progress) {
        return new FolderWatch.Listener() {
            // rounds run one at a time, on the watch's thread
            private ProgressReport round;

            @Override
            public void roundStarted(int files) {
                endRound(false);
                round = ProgressReport.start("watch", out, err, progress, r -> "watch: " + BuildCommand.documentLine(r), "watch: error: ", Stage.READING);
                round.inputs(files);
            }

            @Override
            public void stage(Stage stage) {
                if (round != null) round.stage(stage);
            }

            @Override
            public void accept(DocumentResult r) {
                if (round != null) round.accept(r);
            }

            @Override
            public void pollFailed(Exception e) {
                endRound(true);
                err.printf("watch: error: %s%n", e);
                err.flush();
            }

            private void endRound(boolean failed) {
                if (round == null) return;
                if (failed) round.stopped();
                round.close();
                round = null;
            }

            @Override
            public void roundDone(List<DocumentResult> results) {
                endRound(false);
                BuildTotals t = BuildTotals.NONE;
                for (DocumentResult r : results) t = t.plus(r);
                out.printf("watch: total: %d documents stored, %d failed, %d unchanged; links and VoID up to date%n",
                        t.stored(), t.failed(), t.unchanged());
                out.flush();
            }
        };
    }
}
