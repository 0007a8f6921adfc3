package org.govkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line in-process, with captured output (picocli's own way of testing commands). */
class CommandLineTest {
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Every command govkg has, in the order the help lists them (written by hand: a new command is added here). */
    private static final List<String> COMMANDS = List.of("build", "serve", "query", "export", "validate", "eval", "demo", "generate",
            "extract", "push", "bench", "compact", "backup", "remove");

    @Test
    void help_lists_every_command() {
        assertEquals(0, run("--help"));
        List<String> lines = out.toString().lines().toList();
        int start = lines.indexOf("Commands:");
        assertTrue(start >= 0, () -> "no Commands section in\n" + out);
        // a command's line is its name two spaces in; its description's further lines are indented deeper
        List<String> listed = new ArrayList<>();
        Pattern name = Pattern.compile("^  ([a-z][a-z-]*)(?:\\s|$)");
        for (String line : lines.subList(start + 1, lines.size())) {
            Matcher m = name.matcher(line);
            if (m.find()) listed.add(m.group(1));
        }
        List<String> expected = new ArrayList<>(COMMANDS);
        expected.add("help");
        assertEquals(expected, listed, out::toString);
    }

    @Test
    void every_command_has_its_own_help() {
        for (String c : COMMANDS) {
            StringWriter o = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(o, true));
            assertEquals(0, cl.execute(c, "--help"), c);
            assertTrue(o.toString().startsWith("Usage: govkg " + c + " "), o::toString);
        }
    }

    @Test
    void a_missing_input_is_a_usage_error_naming_it(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("build", "--db", tmp.resolve("db").toString(), tmp.resolve("nope.txt").toString()));
        assertTrue(err.toString().contains("nope.txt"), err::toString);
    }

    @Test
    void allow_update_without_a_password_file_is_a_usage_error(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("serve", "--db", tmp.toString(), "--port", "0", "--allow-update"));
        assertTrue(err.toString().contains("--password-file"), err::toString);
    }

    @Test
    void a_password_file_without_allow_update_is_a_usage_error(@TempDir Path tmp) throws java.io.IOException {
        Path passwords = java.nio.file.Files.writeString(tmp.resolve("pw"), "u: p\n");
        assertEquals(ExitCodes.USAGE, run("serve", "--db", tmp.toString(), "--port", "0", "--password-file", passwords.toString()));
        assertTrue(err.toString().contains("read-only"), err::toString);
    }

    @Test
    void a_bad_cors_origin_or_watch_folder_is_a_usage_error(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("serve", "--db", tmp.toString(), "--port", "0", "--cors", "example.org"));
        assertTrue(err.toString().contains("example.org"), err::toString);
        assertEquals(ExitCodes.USAGE, run("serve", "--db", tmp.toString(), "--port", "0", "--watch", tmp.resolve("none").toString()));
        assertTrue(err.toString().contains("no such folder"), err::toString);
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        assertEquals(ExitCodes.USAGE, run("build", "--no-such-option"));
    }

    @Test
    void an_unknown_named_query_is_a_usage_error(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("query", "--db", tmp.toString(), "--name", "no-such-query"));
        assertTrue(err.toString().contains("no-such-query"), err::toString);
    }

    @Test
    void a_query_that_does_not_parse_is_a_usage_error(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("query", "--db", tmp.toString(), "--query", "SELEKT nothing"));
        assertTrue(err.toString().contains("does not parse"), err::toString);
    }

    /** Each command that reads or changes a store, with the other arguments it needs to get as far as opening it. */
    private static final List<List<String>> STORE_READERS = List.of(
            List.of("query", "--query", "ASK {}"),
            List.of("export", "--format", "nq"),
            List.of("validate"),
            List.of("remove", "some-document"),
            List.of("compact"),
            List.of("backup"),
            List.of("push", "--to", "http://127.0.0.1:9/ds/data"),
            List.of("serve", "--port", "0"));

    /** What a folder is before a read command is pointed at it, and the reason the refusal must give. */
    enum NotAStore {
        MISSING("the folder does not exist"),
        EMPTY("the folder is empty"),
        OTHER_FILES("the folder holds no TDB2 database"),
        TDB2_WITHOUT_GOVKG("a TDB2 database without govkg's ontology graph");

        final String reason;

        NotAStore(String reason) {
            this.reason = reason;
        }

        Path make(Path tmp) throws java.io.IOException {
            Path dir = tmp.resolve("kg");
            switch (this) {
                case MISSING -> { }
                case EMPTY -> java.nio.file.Files.createDirectory(dir);
                case OTHER_FILES -> java.nio.file.Files.writeString(java.nio.file.Files.createDirectory(dir).resolve("notes.txt"), "x\n");
                case TDB2_WITHOUT_GOVKG -> {
                    // a TDB2 database someone else made: one triple, no govkg ontology
                    org.apache.jena.sparql.core.DatasetGraph d = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.toString());
                    org.apache.jena.system.Txn.executeWrite(d, () -> d.getDefaultGraph().add(org.apache.jena.graph.Triple.create(
                            org.apache.jena.graph.NodeFactory.createURI("http://example.org/s"),
                            org.apache.jena.graph.NodeFactory.createURI("http://example.org/p"),
                            org.apache.jena.graph.NodeFactory.createLiteralString("o"))));
                    org.apache.jena.tdb2.sys.TDBInternal.expel(d);
                }
            }
            return dir;
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> commandsAndFolders() {
        return STORE_READERS.stream().flatMap(c -> java.util.Arrays.stream(NotAStore.values())
                .map(f -> org.junit.jupiter.params.provider.Arguments.of(c, f)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} refuses {1}")
    @org.junit.jupiter.params.provider.MethodSource("commandsAndFolders")
    void a_folder_that_is_not_a_govkg_store_is_refused_and_left_as_it_was(List<String> command, NotAStore folder, @TempDir Path tmp)
            throws java.io.IOException {
        Path dir = folder.make(tmp);
        List<String> before = listing(dir);
        List<String> args = new ArrayList<>(command);
        args.add(1, "--db");
        args.add(2, dir.toString());
        assertEquals(ExitCodes.USAGE, run(args.toArray(String[]::new)), err::toString);
        assertEquals("error: " + dir + ": not a govkg store (" + folder.reason + "); only build and demo create one\n",
                err.toString().replace("\r\n", "\n"));
        assertEquals(before, listing(dir), "the refused folder must be left exactly as it was");
        assertEquals("", out.toString());
    }

    private static List<String> listing(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) return List.of("(absent)");
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.map(p -> dir.relativize(p) + " " + (java.nio.file.Files.isDirectory(p) ? "dir" : p.toFile().length()))
                    .sorted().toList();
        }
    }

    /** --area names the division of articles whose text names none; without it their figures keep an unresolved area. */
    @Test
    void extract_with_area_gives_an_unnamed_area_its_division(@TempDir Path tmp) throws java.io.IOException {
        Path note = java.nio.file.Files.writeString(tmp.resolve("note.txt"), "上半年，全县规上工业增加值增长7.5%，固定资产投资增长9.1%。\n");
        assertEquals(0, run("extract", "--out", tmp.resolve("with").toString(), "--area", "431126", note.toString()));
        assertEquals(0, run("extract", "--out", tmp.resolve("without").toString(), note.toString()));
        String with = readGraph(tmp.resolve("with")), without = readGraph(tmp.resolve("without"));
        Pattern refArea = Pattern.compile("refArea> <[^>]*/(division/[^>]+)>");
        assertEquals(List.of("division/431126", "division/431126"), all(refArea, with));
        List<String> unnamed = all(refArea, without);
        assertEquals(2, unnamed.size(), without);
        assertTrue(unnamed.stream().allMatch(a -> a.startsWith("division/x-")), unnamed.toString());
    }

    private static String readGraph(Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            Path doc = files.filter(p -> !p.getFileName().toString().startsWith("_")).findFirst().orElseThrow();
            return java.nio.file.Files.readString(doc);
        }
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
