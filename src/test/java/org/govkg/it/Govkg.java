package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar run as its own JVM, exactly as a user runs it: {@code java -jar govkg.jar …}.
 * Nothing of govkg is loaded in the test JVM, so a service file lost in shading shows up here.
 * <p>
 * Every run is bounded in time; a process still running at the limit is killed and the test
 * fails with what it printed so far. Output goes to files (not pipes), so a chatty process can
 * never block on a full pipe buffer.
 */
final class Govkg {

    /** A build of the five samples takes about 25 s on two cores (most of it the gazetteer). */
    static final Duration BUILD_LIMIT = Duration.ofMinutes(5);
    static final Duration COMMAND_LIMIT = Duration.ofMinutes(2);

    private Govkg() {}

    /** One finished run: its arguments, exit code and the two output streams (UTF-8). */
    record Run(List<String> args, int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        /** For assertion messages: the command, its exit code and everything it printed. */
        String describe() {
            return "govkg " + String.join(" ", args) + "  → exit " + exitCode
                + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }

        Run assertOk() {
            assertEquals(0, exitCode, this::describe);
            return this;
        }
    }

    /** The shaded jar Maven built ({@code -Dgovkg.jar}, set by the pom for Failsafe). */
    static Path jar() {
        String p = System.getProperty("govkg.jar");
        assertTrue(p != null && Files.isRegularFile(Path.of(p)),
            "system property govkg.jar must name the shaded jar (run through mvn verify); it is " + p);
        return Path.of(p).toAbsolutePath();
    }

    /** The project's root folder: Failsafe sets {@code basedir}, and runs in it. */
    static Path projectDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    static Path sampleArticles() {
        return projectDir().resolve("samples/articles");
    }

    /** The ids of the sample articles: their file names without ".txt", sorted. */
    static List<String> sampleIds() throws IOException {
        try (var s = Files.list(sampleArticles())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).sorted().toList();
        }
    }

    /** Builds the sample articles into {@code db} and fails unless every one was stored. */
    static Run buildSamples(Path workDir, Path db) {
        return run(workDir, BUILD_LIMIT, "build", "--db", db.toString(), sampleArticles().toString()).assertOk();
    }

    /** Runs {@code java -jar govkg.jar args…} in {@code workDir} and waits for it, at most {@code limit}. */
    static Run run(Path workDir, Duration limit, String... args) {
        return runWithInput(workDir, limit, null, args);
    }

    /** As {@link #run}, with the file {@code stdin} (or nothing, when null) on standard input. */
    static Run runWithInput(Path workDir, Duration limit, Path stdin, String... args) {
        Path out = null;
        Path err = null;
        Process p = null;
        try {
            out = Files.createTempFile(workDir, "stdout-", ".txt");
            err = Files.createTempFile(workDir, "stderr-", ".txt");
            ProcessBuilder pb = processBuilder(workDir, args).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin != null) pb.redirectInput(stdin.toFile());
            p = pb.start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS))
                fail("govkg " + String.join(" ", args) + " still running after " + limit + "; killed."
                     + "\n--- stdout\n" + read(out) + "--- stderr\n" + read(err));
            return new Run(List.of(args), p.exitValue(), read(out), read(err));
        } catch (IOException e) {
            throw new AssertionError("cannot run govkg " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while govkg " + String.join(" ", args) + " ran", e);
        } finally {
            if (p != null) stop(p);
        }
    }

    /** {@code java -jar <govkg.jar> args…}, with the test JVM's own java. */
    static ProcessBuilder processBuilder(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    }

    /** Ends a process (SIGTERM, then SIGKILL after 20 s); waits, bounded, until it is gone. */
    static void stop(Process p) {
        if (!p.isAlive()) return;
        p.destroy();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String read(Path file) {
        try {
            // lenient: a stray byte must not hide the rest of a failing command's output
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
