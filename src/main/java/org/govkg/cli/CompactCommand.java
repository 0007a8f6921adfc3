package org.govkg.cli;

import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the TDB2 store (its own mechanism: the live data is copied to a new generation and the old one deleted). "
                + "build compacts by itself once the files have grown three times over since the last compaction; this is for doing it now.")
final class CompactCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption db;

    @Override
    public Integer call() throws Exception {
        try (KgStore store = KgStore.openBuilt(db.path())) {
            long before = size(db.path());
            store.compact();
            spec.commandLine().getOut().printf("compacted %s: %d MiB before, %d MiB after%n", db.path(), before >> 20, size(db.path()) >> 20);
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.of(e);
        }
    }

    static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
