package org.govkg.cli;

import org.govkg.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures govkg against its anchors on one generated corpus and on real articles (extraction vs HanLP segmentation, store writes vs TDB2's "
                + "bulk loader, query latency vs a bare Fuseki, whole-build throughput and peak heap) and writes the table of ratios.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", description = "generated articles (default: ${DEFAULT-VALUE})")
    int articles = 10_000;

    @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--clients", split = ",", description = "loopback query clients, one run per count (default: 1,8)")
    List<Integer> clients = List.of(1, 8);

    @Option(names = "--requests", description = "query requests per client count, server and round (default: ${DEFAULT-VALUE})")
    int requests = 96;

    @Option(names = "--rounds", description = "timed passes of extraction and runs of queries, the fastest kept (default: ${DEFAULT-VALUE})")
    int rounds = 2;

    @Option(names = "--work", description = "working folder for the corpus and stores (default: a temporary folder, deleted after)")
    Path work;

    @Option(names = "--real", description = "the folder whose corpus/ and realdev/articles/ hold real articles for the real-text row; "
            + "the bundled samples when it has none (default: ${DEFAULT-VALUE}, from the working folder)")
    Path real = Path.of("../shared");

    @Option(names = "--real-chars", description = "the characters the real (and real-shaped) articles are repeated to (default: ${DEFAULT-VALUE})")
    long realChars = Benchmark.REAL_CHARS;

    @Option(names = "--only", split = ",", description = "the parts to run: extraction (generated, real-shaped and real articles), "
            + "real (the real articles' row alone), store (writes and the whole build), queries (default: all)")
    List<String> only = List.of("extraction", "store", "queries");

    @Option(names = "--out", description = "the Markdown table (default: ${DEFAULT-VALUE})")
    Path out = Path.of("target/bench.md");

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || threads.count() < 1 || requests < 1 || rounds < 1 || realChars < 1 || clients.stream().anyMatch(c -> c < 1)) {
            spec.commandLine().getErr().println("error: --articles, --threads, --requests, --rounds, --real-chars and --clients must be positive");
            return ExitCodes.USAGE;
        }
        Set<Benchmark.Part> parts = EnumSet.noneOf(Benchmark.Part.class);
        for (String p : only) {
            try {
                parts.add(Benchmark.Part.named(p));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: --only takes extraction, real, store or queries, not " + p);
                return ExitCodes.USAGE;
            }
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("govkg-bench") : Files.createDirectories(work);
        try {
            new Benchmark(new Benchmark.Options(articles, seed, threads.count(), clients, requests, rounds,
                    Samples.copyTo(dir.resolve("samples")), real, realChars, parts, dir, out), spec.commandLine().getOut()).run();
            return ExitCodes.OK;
        } finally {
            if (temporary) EvalCommand.deleteTree(dir);
        }
    }
}
