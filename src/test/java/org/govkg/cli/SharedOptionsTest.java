package org.govkg.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The options several commands share (--db, --base, --threads, --port) are one definition each (a picocli
 * mixin): every command that takes one reads the value given, or the same default, through it.
 */
class SharedOptionsTest {
    /** The shared options' values as the command reads them, "name=value" each, in a fixed order. */
    private static String values(String commandLine) {
        CommandLine cl = Main.commandLine();
        Object c = cl.parseArgs(commandLine.split(" ")).subcommand().commandSpec().userObject();
        List<String> v = new ArrayList<>();
        if (c instanceof BuildCommand b) v.addAll(List.of("db=" + b.db, "base=" + b.base.iri(), "threads=" + b.threads.count()));
        else if (c instanceof ExtractCommand e) v.addAll(List.of("base=" + e.base.iri(), "threads=" + e.threads.count()));
        else if (c instanceof BenchCommand b) v.add("threads=" + b.threads.count());
        else if (c instanceof RemoveCommand r) v.addAll(List.of("db=" + r.built.path(), "base=" + r.built.base()));
        else if (c instanceof ValidateCommand r) v.addAll(List.of("db=" + r.built.path(), "base=" + r.built.base()));
        else if (c instanceof BackupCommand b) v.add("db=" + b.db.path());
        else if (c instanceof CompactCommand b) v.add("db=" + b.db.path());
        else if (c instanceof ExportCommand b) v.add("db=" + b.db.path());
        else if (c instanceof PushCommand b) v.add("db=" + b.db.path());
        else if (c instanceof QueryCommand b) v.add(b.target.db != null ? "db=" + b.target.db : "endpoint=" + b.target.endpoint);
        else if (c instanceof ServeCommand s) v.addAll(List.of("db=" + s.db.path(), "port=" + s.port.number()));
        else if (c instanceof DemoCommand d) v.addAll(List.of("db=" + d.db, "port=" + d.port.number()));
        else throw new AssertionError("no shared options known for " + c.getClass());
        return String.join(" ", v);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # command line                                                  | the shared options as the command reads them
            build --db s1 --threads 3 --base http://example.org/a/ in.txt    | db=s1 base=http://example.org/a/ threads=3
            build --db s1 in.txt                                            | db=s1 base=https://w3id.org/govkg/id/ threads=CORES
            extract --out o --threads 2 --base http://example.org/b/ in.txt | base=http://example.org/b/ threads=2
            extract --out o in.txt                                          | base=https://w3id.org/govkg/id/ threads=CORES
            bench --threads 5                                               | threads=5
            bench                                                           | threads=CORES
            remove --db s2 --base http://example.org/c/ doc-1               | db=s2 base=http://example.org/c/
            remove --db s2 doc-1                                            | db=s2 base=https://w3id.org/govkg/id/
            validate --db s3 --base http://example.org/d/                   | db=s3 base=http://example.org/d/
            validate --db s3                                                | db=s3 base=https://w3id.org/govkg/id/
            backup --db s4                                                  | db=s4
            compact --db s5                                                 | db=s5
            export --db s6                                                  | db=s6
            push --db s7 --to http://127.0.0.1:1/ds/data                    | db=s7
            query --db s8 --name meetings                                   | db=s8
            serve --db s9 --port 0                                          | db=s9 port=0
            serve --db s9                                                   | db=s9 port=3030
            query --endpoint http://127.0.0.1:1/govkg/sparql --name meetings | endpoint=http://127.0.0.1:1/govkg/sparql
            demo --port 8080                                                | db=govkg-demo port=8080
            demo --db d1                                                    | db=d1 port=3030
            """)
    void each_command_reads_the_shared_options_given_or_their_one_default(String commandLine, String expected) {
        // CORES: the default of --threads, this machine's processors
        assertEquals(expected.replace("CORES", String.valueOf(Runtime.getRuntime().availableProcessors())), values(commandLine));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # command line          | why it is refused
            remove doc-1            | --db is required
            validate                | --db is required
            compact                 | --db is required
            """)
    void a_store_command_without_db_is_refused(String commandLine, String why) {
        assertThrows(CommandLine.MissingParameterException.class,
                () -> Main.commandLine().parseArgs(commandLine.split(" ")), why);
    }
}
