package org.govkg.cli;

import org.govkg.store.Exporter;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole store in a canonical order: the same input always exports the same bytes.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, description = "the TDB2 store directory")
    Path db;

    @Option(names = "--format", description = "trig, nq, ttl (all graphs merged) or jsonld (default: ${DEFAULT-VALUE})")
    Exporter.Format format = Exporter.Format.TRIG;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (KgStore store = KgStore.open(db)) {
            if (out != null) {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
                    Exporter.export(store.dataset(), format, os);
                }
            } else {
                spec.commandLine().getOut().flush();
                Exporter.export(store.dataset(), format, System.out);
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.STORE;
        }
    }
}
