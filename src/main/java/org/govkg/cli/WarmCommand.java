package org.govkg.cli;

import org.govkg.pipeline.BuildOptions;
import org.govkg.server.KgServer;
import org.govkg.server.ServerOptions;
import org.govkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Walks the common paths once — the samples built into a new store, a named query on it, the server answering a
 * query and a page — and leaves nothing behind. Maven runs it when the jar is made, under
 * {@code -XX:ArchiveClassesAtExit}, so that the JVM records the classes those paths load in {@code target/govkg.jsa}:
 * the {@code govkg} launcher starts the JVM with that archive, and Jena's, HanLP's and govkg's classes are then
 * mapped ready-made instead of being read, verified and linked at each start (see docs/performance.md).
 * Hidden from the usage: a user never needs it.
 */
@Command(name = "warm", hidden = true, mixinStandardHelpOptions = true,
        description = "Builds the samples into a temporary store, queries it and serves it once, then deletes it; run by the build of the jar to record the classes a start loads.")
final class WarmCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Path work = Files.createTempDirectory("govkg-warm");
        try {
            Path db = work.resolve("db");
            Path articles = Samples.copyTo(work.resolve("articles"));
            int rc = BuildCommand.run(quiet, spec.commandLine().getErr(),
                    new BuildOptions(db, List.of(articles), Runtime.getRuntime().availableProcessors(), 64, BuildOptions.DEFAULT_BASE),
                    ProgressOption.silent(), "warm");
            if (rc != ExitCodes.OK) return rc;
            CommandLine query = new CommandLine(new Main()).setOut(quiet).setErr(spec.commandLine().getErr());
            rc = query.execute("query", "--db", db.toString(), "--name", "meetings");
            if (rc != ExitCodes.OK) return rc;
            try (KgStore store = KgStore.openBuilt(db);
                 KgServer server = KgServer.start(store.dataset(), new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(30), "govkg"))) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                String ask = URLEncoder.encode("ASK { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
                for (String path : List.of("/govkg/sparql?query=" + ask, "/id/")) {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) throw new IOException("the server answered " + path + " with " + r.statusCode());
                }
            }
            spec.commandLine().getOut().printf("warm: build, query and serve walked (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        } finally {
            EvalCommand.deleteTree(work);
        }
    }
}
