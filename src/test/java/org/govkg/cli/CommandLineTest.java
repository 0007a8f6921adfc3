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

    @Test
    void serving_a_folder_without_a_store_says_so(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("serve", "--db", tmp.resolve("absent").toString()));
        assertTrue(err.toString().contains("no store"), err::toString);
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
