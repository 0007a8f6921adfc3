package org.govkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar govkg.jar <command>}: the subcommands, listed where they are registered. */
@Command(name = "govkg", mixinStandardHelpOptions = true, version = "govkg 0.1.0",
        description = "Builds a knowledge graph of Chinese local-government news into TDB2 and serves it over SPARQL.",
        subcommands = {
                BuildCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                ValidateCommand.class,
                EvalCommand.class,
                DemoCommand.class,
                GenerateCommand.class,
                ExtractCommand.class,
                PushCommand.class,
                BenchCommand.class,
                CompactCommand.class,
                BackupCommand.class,
                RemoveCommand.class,
                SeedCommand.class,
                WarmCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
