package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Third-party programs the conformance tier talks to the server with (Debian's chromium, rapper,
 * roqet; `.ci/run` installs them). A missing tool fails the test: it never passes by skipping.
 */
final class Tools {
    static final Duration LIMIT = Duration.ofSeconds(90);

    record Run(int exit, String out, String err) {
        Run ok(String what) {
            assertTrue(exit == 0, () -> what + " exited " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err);
            return this;
        }
    }

    private Tools() {}

    static void require(String tool) {
        boolean found = List.of(System.getenv("PATH").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
        if (!found) fail(tool + " is not installed: the conformance tier needs it (.ci/run installs it with apt-get)");
    }

    static Run run(Path workDir, List<String> command) {
        require(command.get(0));
        try {
            Path out = Files.createTempFile(workDir, "tool-out-", ".txt");
            Path err = Files.createTempFile(workDir, "tool-err-", ".txt");
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(command + " did not finish within " + LIMIT);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Headless Chromium as the probe of this machine runs it: no sandbox (root), no background traffic. */
    static List<String> chromium(Path profile, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
