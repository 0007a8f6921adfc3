package org.govkg.cli;

import org.govkg.pipeline.BuildOptions;
import org.govkg.pipeline.Engine;
import org.govkg.pipeline.Pipeline;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Writes the seed a new store starts from (store/StoreSeed): run by Maven when the jar is built, into the classes the
 * jar is made of. Hidden from the usage: a user never needs it, and a jar without a seed works, more slowly.
 */
@Command(name = "seed", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes the seed of a new store (the ontology and gazetteer graphs, written once) to OUT; run by the build of the jar.")
final class SeedCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "the seed file to write")
    Path out;

    @Option(names = "--made-from", paramLabel = "DIR",
            description = "the classes the seed is made from: a seed for these rules newer than every file there is kept, as make would")
    Path madeFrom;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        if (madeFrom != null && Files.exists(out)) {
            // the rules' digest does not cover store/ (a change there must not re-extract users' stores), so a seed is
            // kept only when no class or resource changed after it was written
            long seedTime = Files.getLastModifiedTime(out).toMillis();
            try (Stream<Path> all = Files.walk(madeFrom)) {
                if (all.filter(Files::isRegularFile).filter(p -> !p.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()))
                        .noneMatch(p -> p.toFile().lastModified() > seedTime)) {
                    spec.commandLine().getOut().printf("seed %s: up to date%n", out);
                    return ExitCodes.OK;
                }
            }
        }
        Files.deleteIfExists(out);
        Pipeline pipeline = new Pipeline(new Engine(BuildOptions.DEFAULT_BASE));
        Path work = Files.createTempDirectory("govkg-seed");
        try {
            pipeline.writeSeed(work, out);
            spec.commandLine().getOut().printf("seed %s: written (%.1f s)%n", out, (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.of(e);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
