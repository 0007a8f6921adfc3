package org.govkg.cli;

import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The progress line: what it says at each moment (worked out by hand), and when and where its lines go. */
class ProgressReportTest {
    private static final long S = 1_000_000_000L;

    static Stream<org.junit.jupiter.params.provider.Arguments> lines() {
        return Stream.of(
                // 120 in the 10 s since the first document: 12/s; 280 left at 12/s is 23.3 s
                arguments("documents flowing, total known: count of total, percent, rate, elapsed, time left, stage",
                        new ProgressReport.Snapshot(120, 400, 14 * S, 4 * S, -1, Stage.EXTRACTING),
                        "build: 120/400 documents (30%), 12.0 documents/s, 0:14 elapsed, 0:23 left, extracting"),
                arguments("writing a batch is still the documents' time: the estimate stays",
                        new ProgressReport.Snapshot(120, 400, 14 * S, 4 * S, -1, Stage.WRITING),
                        "build: 120/400 documents (30%), 12.0 documents/s, 0:14 elapsed, 0:23 left, writing"),
                // 7 in 60 s: 0.1167/s
                arguments("total unknown (JSON Lines): the rate and no estimate",
                        new ProgressReport.Snapshot(7, -1, 65 * S, 5 * S, -1, Stage.EXTRACTING),
                        "build: 7 documents, 0.1 documents/s, 1:05 elapsed, extracting"),
                arguments("one document of an unknown total is singular",
                        new ProgressReport.Snapshot(1, -1, 3 * S, 1 * S, -1, Stage.EXTRACTING),
                        "build: 1 document, 0.5 documents/s, 0:03 elapsed, extracting"),
                arguments("while the dictionaries load: nothing done, no rate",
                        new ProgressReport.Snapshot(0, -1, 3 * S, -1, -1, Stage.STARTING),
                        "build: 0 documents, 0:03 elapsed, starting"),
                arguments("documents known, none done yet: no rate, no estimate",
                        new ProgressReport.Snapshot(0, 400, 9 * S, 8 * S, -1, Stage.EXTRACTING),
                        "build: 0/400 documents (0%), 0:09 elapsed, extracting"),
                // the rate is fixed at the last document: 400 in 40 s
                arguments("after the last document the stage over the whole store is named, the rate is the documents' and there is no estimate",
                        new ProgressReport.Snapshot(400, 400, 50 * S, 4 * S, 44 * S, Stage.LINKS),
                        "build: 400/400 documents (100%), 10.0 documents/s, 0:50 elapsed, links"),
                arguments("VoID after the links",
                        new ProgressReport.Snapshot(400, 400, 52 * S, 4 * S, 44 * S, Stage.VOID),
                        "build: 400/400 documents (100%), 10.0 documents/s, 0:52 elapsed, VoID"),
                // 3600 in 3723 s: 0.967/s; 3600 left: 3723 s
                arguments("an hour and more is h:mm:ss",
                        new ProgressReport.Snapshot(3600, 7200, 3723 * S, 0, -1, Stage.EXTRACTING),
                        "build: 3600/7200 documents (50%), 1.0 documents/s, 1:02:03 elapsed, 1:02:03 left, extracting"),
                arguments("no inputs at all",
                        new ProgressReport.Snapshot(0, 0, 1 * S, 1 * S, 1 * S, Stage.DONE),
                        "build: 0/0 documents, 0:01 elapsed, done"),
                arguments("more outcomes than counted inputs (a folder grew): the count alone",
                        new ProgressReport.Snapshot(5, 4, 10 * S, 0, -1, Stage.EXTRACTING),
                        "build: 5 documents, 0.5 documents/s, 0:10 elapsed, extracting"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void a_line_says(String behaviour, ProgressReport.Snapshot snapshot, String expected) {
        assertEquals(expected, snapshot.render("build"));
    }

    private final StringWriter out = new StringWriter(), err = new StringWriter();
    private final AtomicLong clock = new AtomicLong(1000 * S);

    /** A report whose timer never fires within a test: every line comes from what the test does. */
    private ProgressReport report(boolean verbose, boolean quiet, boolean terminal) {
        return new ProgressReport("build", new PrintWriter(out), new PrintWriter(err), verbose, quiet, terminal, Duration.ofHours(1),
                r -> r.id() + "\tstored", "error: ", Stage.STARTING, clock::get);
    }

    private static DocumentResult stored(String id) {
        return new DocumentResult(id + ".txt", id, true, 3, 2, 10, null);
    }

    private void at(long seconds) {
        clock.set(1000 * S + seconds * S);
    }

    @Test
    void a_log_gets_a_line_at_the_start_at_each_whole_store_stage_and_at_the_end_and_every_error() {
        ProgressReport r = report(false, false, false);
        r.stage(Stage.READING);
        r.inputs(2);
        at(2);
        r.stage(Stage.EXTRACTING);
        r.documentsDone(1);
        r.accept(stored("a"));
        r.documentsDone(2);
        r.accept(DocumentResult.failed("b.txt", "b", "empty file"));
        at(6);
        r.stage(Stage.LINKS);
        r.stage(Stage.VOID); // within a second of the last line: no line of its own
        at(8);
        r.stage(Stage.COMPACTING);
        r.close();
        assertEquals(List.of(
                "build: 0 documents, 0:00 elapsed, starting",
                "error: b.txt: empty file",
                "build: 2/2 documents (100%), 0.5 documents/s, 0:06 elapsed, links",
                "build: 2/2 documents (100%), 0.5 documents/s, 0:08 elapsed, compacting",
                "build: 2/2 documents (100%), 0.5 documents/s, 0:08 elapsed, done"), err.toString().lines().toList());
        assertEquals("", out.toString(), "no line per document without --verbose");
    }

    @Test
    void verbose_adds_a_line_per_document_on_standard_output() {
        ProgressReport r = report(true, false, false);
        r.stage(Stage.EXTRACTING);
        r.accept(stored("a"));
        r.accept(stored("b"));
        r.close();
        assertEquals(List.of("a\tstored", "b\tstored"), out.toString().lines().toList());
    }

    @Test
    void quiet_prints_the_errors_only() {
        ProgressReport r = report(false, true, false);
        r.stage(Stage.EXTRACTING);
        r.accept(stored("a"));
        r.accept(DocumentResult.failed("b.txt", "b", "not an article"));
        r.stage(Stage.LINKS);
        r.close();
        assertEquals("error: b.txt: not an article\n", err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("", out.toString());
    }

    @Test
    void a_terminal_line_is_redrawn_in_place_cleared_for_an_error_and_ended_with_a_newline() {
        ProgressReport r = report(false, false, true);
        r.stage(Stage.EXTRACTING);
        r.documentsDone(1);
        r.accept(DocumentResult.failed("b.txt", "b", "empty file"));
        r.close();
        String nl = System.lineSeparator();
        assertEquals("\rbuild: 0 documents, 0:00 elapsed, starting\u001b[K"
                + "\r\u001b[K" + "error: b.txt: empty file" + nl
                + "\rbuild: 1 document, 0:00 elapsed, extracting\u001b[K"
                + "\rbuild: 1 document, 0:00 elapsed, done\u001b[K" + nl, err.toString());
    }

    @Test
    void a_command_that_gives_up_ends_on_stopped_not_done() {
        ProgressReport r = report(false, false, false);
        r.stopped();
        r.close();
        List<String> lines = err.toString().lines().toList();
        assertEquals("build: 0 documents, 0:00 elapsed, stopped", lines.get(lines.size() - 1));
        assertFalse(err.toString().contains("done"));
    }

    @Test
    void the_timer_prints_lines_on_its_own() throws InterruptedException {
        ProgressReport r = new ProgressReport("build", new PrintWriter(out), new PrintWriter(err), false, false, false,
                Duration.ofMillis(50), x -> "", "error: ", Stage.STARTING, System::nanoTime);
        long deadline = System.nanoTime() + 10 * S;
        while (err.toString().lines().count() < 3 && System.nanoTime() < deadline) Thread.sleep(20);
        r.close();
        assertTrue(err.toString().lines().count() >= 4, err::toString);
    }
}
