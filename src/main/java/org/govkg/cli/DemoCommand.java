package org.govkg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.govkg.pipeline.BuildOptions;
import org.govkg.rdf.GK;
import org.govkg.rdf.Iris;
import org.govkg.server.ServerOptions;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The demo: the bundled samples built into a store that stays after the demo stops ({@code ./govkg-demo}, or
 * {@code --db DIR}), so the README's next steps can query it, and served. A second run finds the samples
 * unchanged and only serves. A store holding documents other than the samples is refused, never mixed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds the bundled sample articles into ./govkg-demo (kept; reused when unchanged) and serves it.")
final class DemoCommand implements Callable<Integer> {
    static final Path DEFAULT_DB = Path.of("govkg-demo");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    PortOption port;

    @Mixin
    ProgressOption progress;

    @Option(names = "--db", description = "the demo's store (default: ${DEFAULT-VALUE}); one holding other documents than the samples is refused")
    Path db = DEFAULT_DB;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (progress.problem() != null) {
            err.println("error: " + progress.problem());
            return ExitCodes.USAGE;
        }
        Iris iris = new Iris(BuildOptions.DEFAULT_BASE);
        Set<Node> samples = Samples.names().stream().map(n -> iris.graph(n.replaceFirst("\\.[^.]+$", "")))
                .collect(Collectors.toSet());
        if (Files.exists(db) && !isEmptyFolder(db)) {
            Set<String> others;
            try (KgStore store = KgStore.openBuilt(db)) {
                others = foreignDocuments(store, samples);
            } catch (StoreException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.of(e);
            }
            if (!others.isEmpty()) {
                err.println("error: " + db + ": holds " + others.size() + (others.size() == 1 ? " document" : " documents")
                        + " that are not the samples (the first: "
                        + others.iterator().next() + "); the demo never mixes them with its own: give it another --db");
                return ExitCodes.USAGE;
            }
        }
        Path work = Files.createTempDirectory("govkg-demo");
        try {
            Path articles = Samples.copyTo(work.resolve("articles"));
            int rc = BuildCommand.run(spec.commandLine().getOut(), err,
                    new BuildOptions(db, List.of(articles), Runtime.getRuntime().availableProcessors(), 64, BuildOptions.DEFAULT_BASE),
                    progress, "demo");
            if (rc != ExitCodes.OK) return rc;
        } finally {
            EvalCommand.deleteTree(work);
        }
        return ServeCommand.serve(spec, db, new ServerOptions("127.0.0.1", port.number(), Duration.ofSeconds(30), "govkg"));
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (var children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    /** The graph names of the articles in the store that are not among the samples', in code point order. */
    private static Set<String> foreignDocuments(KgStore store, Set<Node> samples) {
        Set<String> others = new TreeSet<>();
        store.read(dsg -> dsg.find(Node.ANY, Node.ANY, GK.rdfType, GK.Article).forEachRemaining((Quad q) -> {
            if (!samples.contains(q.getGraph())) others.add(q.getGraph().getURI());
        }));
        return others;
    }
}
