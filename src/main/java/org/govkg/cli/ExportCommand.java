package org.govkg.cli;

import org.govkg.store.CsvExport;
import org.govkg.store.Exporter;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOption db;

    @Option(names = "--format", description = "trig, nq, ttl (all graphs merged), jsonld, or csv: one row per figure with its W3C CSVW metadata beside it as FILE-metadata.json (needs --out) (default: trig)")
    String format = "trig";

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (format.equalsIgnoreCase("csv")) {
            if (out == null) {
                spec.commandLine().getErr().println("error: --format csv writes two files and needs --out FILE");
                return ExitCodes.USAGE;
            }
            try (KgStore store = KgStore.openBuilt(db.path())) {
                long rows = CsvExport.write(store.dataset(), out);
                spec.commandLine().getErr().println(rows + " figures written to " + out + " (metadata: " + out.getFileName() + "-metadata.json)");
                return ExitCodes.OK;
            } catch (StoreException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.of(e);
            }
        }
        Exporter.Format format;
        try {
            format = Exporter.Format.valueOf(this.format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: unknown --format " + this.format + " (trig, nq, ttl, jsonld or csv)");
            return ExitCodes.USAGE;
        }
        try (KgStore store = KgStore.openBuilt(db.path())) {
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
            return ExitCodes.of(e);
        }
    }
}
