package org.govkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.govkg.eval.Scorer;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.ReadOptions;
import org.govkg.pipeline.BuildOptions;
import org.govkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Builds the inputs into a temporary store and scores them against gold files (<doc>.gold.json).")
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, description = "folder of <doc>.gold.json")
    Path gold;

    @Option(names = "--verbose", description = "list every miss, spurious item and wrong period or change with its sentence, the figures off by 10^4 or 10^8 (scale:), and the precision at each confidence")
    boolean verbose;

    @Option(names = "--threshold", defaultValue = "0.8", description = "the confidence at which precision is shown besides all items (default: ${DEFAULT-VALUE})")
    double threshold;

    @Mixin
    AreaOption area;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "article files or folders")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!(threshold >= 0 && threshold <= 1)) {
            spec.commandLine().getErr().println("error: --threshold must be between 0 and 1");
            return ExitCodes.USAGE;
        }
        Path tmp = Files.createTempDirectory("govkg-eval");
        try {
            // build quietly; the scores are the output
            PrintWriter sink = new PrintWriter(new StringWriter());
            List<Path> files = DocumentReader.expandAll(inputs);
            BuildCommand.run(sink, spec.commandLine().getErr(), new BuildOptions(tmp.resolve("db"), files,
                    Runtime.getRuntime().availableProcessors(), 64, BuildOptions.DEFAULT_BASE, ReadOptions.DEFAULTS.withArea(area.name())),
                    ProgressOption.silent(), "eval");
            Map<String, Scorer.Counts> all = new LinkedHashMap<>();
            try (KgStore store = KgStore.open(tmp.resolve("db"))) {
                Scorer scorer = new Scorer(store.dataset(), BuildOptions.DEFAULT_BASE);
                List<Path> golds;
                try (Stream<Path> s = Files.list(gold)) {
                    golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted(Comparator.comparing(Path::toString)).toList();
                }
                for (Path g : golds) {
                    String doc = g.getFileName().toString().replace(".gold.json", "");
                    if (files.stream().noneMatch(f -> DocumentReader.idOf(f).equals(doc))) continue;
                    JsonNode gj = Scorer.readGold(g);
                    Scorer.Counts c = scorer.score(doc, gj, verbose);
                    all.put(doc, c);
                    out.printf(Locale.ROOT, "%s: entities %d/%d found, %d/%d correct; observations %d/%d found, %d/%d correct  (entityF1=%.3f obsF1=%.3f)%n",
                            doc, c.entTp, c.entReq, c.entSysOk, c.entSys, c.obsTpReq, c.obsReq, c.obsTpAny, c.obsSys, c.entityF1(), c.obsF1());
                    c.notes.forEach(out::println);
                }
            }
            if (all.isEmpty()) {
                spec.commandLine().getErr().println("error: no input has a gold file in " + gold);
                return ExitCodes.USAGE;
            }
            Scorer.Counts t = Scorer.total(List.copyOf(all.values()));
            out.println("per type (found/required, system count):");
            for (var e : t.perType.entrySet()) out.printf("  %s: %d/%d, %d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            if (verbose) {
                out.println("precision at each confidence (right/items):");
                for (double c : t.confidences()) out.printf(Locale.ROOT, "  confidence %-5s %s%n", java.math.BigDecimal.valueOf(c).stripTrailingZeros().toPlainString() + ":", t.exactly(c).describe());
                out.printf(Locale.ROOT, "scale errors: %d%n", t.scaleErrors);
            }
            out.printf(Locale.ROOT, "division codes: %d/%d gold divisions carry their gold code%n", t.codeOk, t.codeN);
            out.println("precision by confidence (an entity's is its best mention's; right/items):");
            out.printf(Locale.ROOT, "  all items:          %s%n", t.atLeast(Double.NEGATIVE_INFINITY).describe());
            out.printf(Locale.ROOT, "  confidence >= %.2f: %s%n", threshold, t.atLeast(threshold).describe());
            // one line per genre (id prefix) when the documents hold several; the total stays the last line
            for (Scorer.Genre g : Scorer.byGenre(all)) out.println(g.line());
            out.println(t.summary());
            return ExitCodes.OK;
        } finally {
            deleteTree(tmp);
        }
    }

    static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
