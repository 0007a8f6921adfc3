package org.govkg.cli;

import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a consistent copy of the whole store as gzipped N-Quads (TDB2's own backup) under DB/Backups, or to --out. "
                + "Restore: build a fresh store from it with any bulk loader, or from the kept inputs with build.")
final class BackupCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption db;

    @Option(names = "--out", description = "where to put the backup file (default: where TDB2 writes it, DB/Backups/)")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (KgStore store = KgStore.openBuilt(db.path())) {
            Path file = store.backup();
            if (out != null) file = Files.move(file, out, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().println("backup written to " + file);
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.of(e);
        }
    }
}
