package org.govkg.cli;

import org.govkg.ingest.ReadOptions;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Engine;
import org.govkg.pipeline.Extract;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the articles without a store: one canonical N-Quads file per document in OUT (its named graph), "
                + "plus _ontology.nq and _gazetteer.nq, for any bulk loader or engine.")
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, description = "the output folder")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progress;

    @Mixin
    BaseOption base;

    @Mixin
    AreaOption area;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "article files or folders")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("error: " + p + ": no such file or folder");
                return ExitCodes.USAGE;
            }
        }
        if (threads.count() < 1) {
            err.println("error: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        if (progress.problem() != null) {
            err.println("error: " + progress.problem());
            return ExitCodes.USAGE;
        }
        List<DocumentResult> results;
        try (ProgressReport report = ProgressReport.start("extract", out, err, progress,
                r -> r.id() + "\t" + r.entities() + " entities\t" + r.observations() + " observations", "error: ")) {
            try {
                results = new Extract(new Engine(base.iri())).run(inputs, ReadOptions.DEFAULTS.withArea(area.name()), this.out, threads.count(), report);
            } catch (Exception | Error e) {
                report.stopped();
                throw e;
            }
        }
        long failed = results.stream().filter(r -> !r.ok()).count();
        out.printf("total: %d documents extracted to %s, %d failed%n", results.size() - failed, this.out, failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
