package org.govkg.cli;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.ReadOptions;
import org.govkg.pipeline.BuildOptions;
import org.govkg.pipeline.BuildTotals;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Engine;
import org.govkg.pipeline.Pipeline;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extracts the articles (files or folders of .txt, .html, .htm, .jsonl, .pdf, .docx; - for standard input) "
                + "into the TDB2 store; a document already there is replaced.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, description = "the TDB2 store directory (created if absent)")
    Path db;

    @Option(names = "--force", description = "extract every input again, even one the store already holds as it is")
    boolean force;

    @Option(names = "--relink", description = "recompute the links and the VoID description over the whole store, "
            + "not only for what this build changed")
    boolean relink;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progress;

    @Option(names = "--batch", description = "documents per write transaction (default: ${DEFAULT-VALUE})")
    // TDB2 copies every B+tree block a write transaction touches, so the fewer transactions, the slower a long build's
    // files grow and the fewer compactions it needs: 10 000 generated articles under -Xmx512m took 365 s in batches
    // of 256, 248 s in batches of 1024 and 185 s in batches of 2048. A batch also ends at Pipeline.BATCH_TRIPLES
    // triples, so long real articles are written in smaller batches and the heap a batch takes stays bounded.
    int batch = 2048;

    @Mixin
    BaseOption base;

    @Mixin
    AreaOption area;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "the encoding of every text input (UTF-8, GB18030, GBK, Big5, UTF-16 …); default: detected per file")
    String encoding;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "the largest document accepted, in bytes (a file, a JSON Lines line, standard input; default: ${DEFAULT-VALUE})")
    long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--id", paramLabel = "ID", description = "the document id of standard input (the input -)")
    String stdinId;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "article files or folders, or - for one article on standard input")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                err.println("error: --encoding " + encoding + ": no such encoding in this Java");
                return ExitCodes.USAGE;
            }
        }
        if (maxBytes < 1) {
            err.println("error: --max-bytes must be at least 1");
            return ExitCodes.USAGE;
        }
        long stdins = inputs.stream().filter(p -> p.toString().equals(DocumentReader.STDIN)).count();
        if (stdins > 1 || (stdins == 1 && (stdinId == null || stdinId.isBlank()))) {
            err.println("error: standard input (-) is read once, and needs --id ID");
            return ExitCodes.USAGE;
        }
        if (stdins == 0 && stdinId != null) {
            err.println("error: --id names standard input; give - among the inputs");
            return ExitCodes.USAGE;
        }
        if (progress.problem() != null) {
            err.println("error: " + progress.problem());
            return ExitCodes.USAGE;
        }
        BuildOptions options;
        try {
            options = new BuildOptions(db, inputs, threads.count(), batch, base.iri(), new ReadOptions(charset, maxBytes, stdinId, area.name()), force, relink);
        } catch (IllegalArgumentException e) {
            // --threads 0, --batch 0: said as the other usage errors are, not as a stack trace
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return run(spec.commandLine().getOut(), err, options, progress, "build");
    }

    /** A document's line for {@code --verbose}: {@code id<TAB>N entities<TAB>M observations<TAB>T ms}, or {@code id<TAB>unchanged}. */
    static String documentLine(DocumentResult r) {
        return r.unchanged() ? r.id() + "\tunchanged"
                : r.id() + "\t" + r.entities() + " entities\t" + r.observations() + " observations\t" + r.millis() + " ms";
    }

    /**
     * Builds, reporting as {@code progress} asks under the name {@code name} (the prefix of the progress lines), and prints
     * the {@code total: …} line on {@code out}, which scripts read.
     */
    static int run(PrintWriter out, PrintWriter err, BuildOptions options, ProgressOption progress, String name) throws Exception {
        for (Path p : options.inputs()) {
            if (!p.toString().equals(DocumentReader.STDIN) && !Files.exists(p)) {
                err.println("error: " + p + ": no such file or folder");
                return ExitCodes.USAGE;
            }
        }
        long t0 = System.nanoTime();
        BuildTotals totals;
        try (ProgressReport report = ProgressReport.start(name, out, err, progress, BuildCommand::documentLine, "error: ")) {
            Engine engine = new Engine(options.base());
            Pipeline pipeline = new Pipeline(engine);
            try {
                pipeline.plantSeed(options.db());
            } catch (java.io.IOException e) {
                // only the time of writing the static graphs is lost: the build writes them itself
                report.message(err, "warning: " + options.db() + ": the new store's seed was not planted (" + e.getMessage() + ")");
            }
            try (KgStore store = KgStore.open(options.db())) {
                totals = pipeline.build(store, options, report);
            } catch (StoreException e) {
                report.stopped();
                report.message(err, "error: " + e.getMessage());
                return ExitCodes.STORE;
            } catch (Exception | Error e) {
                report.stopped();
                throw e;
            }
        }
        out.printf("total: %d documents stored, %d failed, %d unchanged, %d entities, %d observations, %.1f s%n",
                totals.stored(), totals.failed(), totals.unchanged(), totals.entities(), totals.observations(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        return totals.failed() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
