package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code govkg} launcher at the project's root runs the jar Maven built with the class archive Maven recorded
 * beside it ({@code target/govkg.jsa}, by the hidden warm command after the shade): govkg's own classes then come
 * from the archive. Without an archive, or with one made for another jar, it runs as {@code java -jar} does and
 * prints nothing more.
 */
class LauncherIT {

    private record Result(int exitCode, String out, String err) {}

    private static Result launch(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("the launcher ran past two minutes: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Path launcher() {
        return Govkg.projectDir().resolve("govkg");
    }

    @Test
    void govkg_classes_come_from_the_archive_maven_recorded(@TempDir Path tmp) throws Exception {
        assertTrue(Files.isRegularFile(Govkg.projectDir().resolve("target/govkg.jsa")), "mvn package records target/govkg.jsa");
        Path log = tmp.resolve("classes.log");
        Result r = launch(launcher(), Map.of("GOVKG_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("govkg 0.1.0\n", r.out());
        String loaded = Files.readString(log);
        assertTrue(loaded.contains("org.govkg.cli.Main source: shared objects file"),
                "org.govkg.cli.Main is mapped from the archive: " + loaded.lines().filter(l -> l.contains("org.govkg.cli.Main")).toList());
    }

    @Test
    void the_arguments_reach_the_jar_as_given_and_its_exit_code_comes_back(@TempDir Path tmp) throws Exception {
        Result r = launch(launcher(), Map.of(), "build", "--db", tmp.resolve("a store with spaces").toString(), "--threads", "0",
                tmp.resolve("none").toString());
        assertEquals(2, r.exitCode(), "a usage error: " + r.err());
        assertEquals("error: threads must be at least 1\n", r.err());
    }

    @Test
    void without_an_archive_or_with_one_of_another_jar_it_runs_as_java_jar_and_says_nothing_more(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy.resolve("target"));
        Files.copy(launcher(), copy.resolve("govkg"));
        Files.copy(Govkg.jar(), copy.resolve("target/govkg.jar"));
        Result none = launch(copy.resolve("govkg"), Map.of(), "--version");
        assertEquals(new Result(0, "govkg 0.1.0\n", ""), none, "no archive");
        // the archive recorded for the project's jar does not fit this copy (another path): the JVM drops it silently
        Files.copy(Govkg.projectDir().resolve("target/govkg.jsa"), copy.resolve("target/govkg.jsa"));
        Result other = launch(copy.resolve("govkg"), Map.of(), "--version");
        assertEquals(new Result(0, "govkg 0.1.0\n", ""), other, "an archive of another jar");
    }

    @Test
    void without_the_jar_it_says_how_to_build_it(@TempDir Path tmp) throws Exception {
        Files.copy(launcher(), tmp.resolve("govkg"));
        Result r = launch(tmp.resolve("govkg"), Map.of(), "--version");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("target/govkg.jar is missing") && r.err().contains("mvn -q -DskipTests package"), r.err());
    }
}
