package org.govkg.cli;

import org.govkg.pipeline.BuildOptions;
import org.govkg.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds the bundled sample articles into a fresh store and serves it.")
final class DemoCommand implements Callable<Integer> {
    /** The sample articles shipped in the jar (samples/articles). */

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    PortOption port;

    @Option(names = "--db", description = "store directory (default: a fresh temporary one)")
    Path db;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("govkg-demo");
        Path articles = Samples.copyTo(work.resolve("articles"));
        Path store = db != null ? db : work.resolve("db");
        int rc = BuildCommand.run(spec.commandLine().getOut(), spec.commandLine().getErr(),
                new BuildOptions(store, List.of(articles), Runtime.getRuntime().availableProcessors(), 64, BuildOptions.DEFAULT_BASE));
        if (rc != ExitCodes.OK) return rc;
        if (db == null) Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                EvalCommand.deleteTree(work);
            } catch (IOException ignored) {
                // a temporary folder left behind is the operating system's to clean
            }
        }));
        return ServeCommand.serve(spec, store, new ServerOptions("127.0.0.1", port.number(), Duration.ofSeconds(30), "govkg"));
    }
}
