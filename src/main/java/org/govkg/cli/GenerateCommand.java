package org.govkg.cli;

import org.govkg.extract.Gazetteer;
import org.govkg.generate.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N articles of the genre made from templates (plenaries, briefings, signings, park news) with their gold, "
                + "into OUT/articles and OUT/gold; the same seed always writes the same files. For benchmarks and scale tests, never for accuracy.")
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", required = true, description = "how many articles")
    int articles;

    @Option(names = "--seed", description = "the seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--from", description = "number of the first article, to make a slice of a larger corpus (default: ${DEFAULT-VALUE})")
    int from = 0;

    @Option(names = "--copies", description = "near-duplicates of the articles to plant (new headline, cut tail, every third in "
            + "traditional characters), listed in OUT/" + CorpusGenerator.COPIES + " (default: ${DEFAULT-VALUE})")
    int copies = 0;

    @Option(names = "--out", required = true, description = "the output folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (articles < 0 || from < 0 || copies < 0) {
            spec.commandLine().getErr().println("error: --articles, --from and --copies must not be negative");
            return ExitCodes.USAGE;
        }
        if (copies > 0 && articles == 0) {
            spec.commandLine().getErr().println("error: --copies needs articles to copy");
            return ExitCodes.USAGE;
        }
        CorpusGenerator generator = new CorpusGenerator(Gazetteer.load(), seed);
        generator.write(out, from, from + articles);
        generator.writeCopies(out, from, from + articles, copies);
        spec.commandLine().getErr().println(articles + " articles written to " + out.resolve("articles") + ", their gold to " + out.resolve("gold")
                + (copies > 0 ? "; " + copies + " copies of them, listed in " + out.resolve(CorpusGenerator.COPIES) : ""));
        return ExitCodes.OK;
    }
}
