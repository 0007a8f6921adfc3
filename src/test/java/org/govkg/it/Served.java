package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar govkg.jar serve --db D --port 0} in its own JVM, running until closed. The
 * server chooses a free port and says which in its first line,
 * {@code serving D at http://127.0.0.1:PORT/  (SPARQL: …)}; {@link #start} waits for that line.
 */
final class Served implements AutoCloseable {

    static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final Pattern SERVING = Pattern.compile("serving .* at (http://([^/:]+):(\\d+))/");

    private final Process process;
    private final Path out;
    private final Path err;
    /** e.g. {@code http://127.0.0.1:41234}, no trailing "/" */
    final String baseUrl;

    private Served(Process process, Path out, Path err, String baseUrl) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.baseUrl = baseUrl;
    }

    /** Starts serving {@code db}; returns once the server has printed its address. */
    /** Builds the five samples into {@code workDir/db} and serves that store. */
    static Served samples(Path workDir) {
        Path db = workDir.resolve("db");
        Govkg.buildSamples(workDir, db);
        return start(workDir, db);
    }

    static Served start(Path workDir, Path db) {
        return start(workDir, db, new String[0]);
    }

    /** As {@link #start(Path, Path)}, with more options of serve ({@code --watch DIR} …). */
    static Served start(Path workDir, Path db, String... options) {
        List<String> args = new ArrayList<>(List.of("serve", "--db", db.toString(), "--port", "0"));
        args.addAll(List.of(options));
        return command(workDir, args);
    }

    /** Runs a command that ends by serving ({@code serve …}, {@code demo …}) in {@code workDir}; returns once it has printed its address. */
    static Served command(Path workDir, List<String> args) {
        Process p = null;
        try {
            Path out = Files.createTempFile(workDir, "serve-stdout-", ".txt");
            Path err = Files.createTempFile(workDir, "serve-stderr-", ".txt");
            p = Govkg.processBuilder(workDir, args.toArray(String[]::new))
                     .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = SERVING.matcher(Govkg.read(out));
                if (m.find()) {
                    // the default --host is loopback: nothing here is reachable from outside
                    assertEquals("127.0.0.1", m.group(2), "serve must bind loopback by default: " + m.group());
                    Served s = new Served(p, out, err, m.group(1));
                    p = null;
                    return s;
                }
                if (!p.isAlive())
                    fail("serve exited with " + p.exitValue() + " before printing its address"
                         + "\n--- stdout\n" + Govkg.read(out) + "--- stderr\n" + Govkg.read(err));
                Thread.sleep(200);
            }
            fail("serve printed no 'serving … at http://…/' line within " + START_LIMIT
                 + "\n--- stdout\n" + Govkg.read(out) + "--- stderr\n" + Govkg.read(err));
            return null;
        } catch (IOException e) {
            throw new AssertionError("cannot start govkg serve", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for serve", e);
        } finally {
            if (p != null) Govkg.stop(p);
        }
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:41234/govkg}. */
    String dataset() {
        return baseUrl + "/govkg";
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the server printed on standard output so far. */
    String stdout() {
        return Govkg.read(out);
    }

    /** What the server printed on standard error so far. */
    String stderr() {
        return Govkg.read(err);
    }

    /** What the server printed so far, for assertion messages. */
    String output() {
        return "--- serve stdout\n" + Govkg.read(out) + "--- serve stderr\n" + Govkg.read(err);
    }

    /** Stops the server (SIGTERM, bounded wait, then SIGKILL) and waits until its JVM is gone. */
    @Override
    public void close() {
        Govkg.stop(process);
    }
}
