package org.govkg.cli;

import org.govkg.pipeline.BuildListener;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Stage;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a long command says while it works, after the tools people know (Jena's {@code tdbloader} prints a rate line
 * every N items; {@code pv} and {@code rsync --info=progress2} redraw one line): a progress line on standard error —
 * documents done of the total, documents a second, time elapsed, an estimate of the time left, the stage — redrawn in
 * place on a terminal and printed as a new line every {@code --progress-every} seconds otherwise, once at the start
 * (so the dictionaries' load is not silence), at each stage over the whole store after the last document, and once at
 * the end. Errors always, each on a line of its own (a drawn progress line is cleared first); a line per document on
 * standard output only with {@code --verbose}; no progress with {@code --quiet}.
 *
 * <p>Contract: {@link #document} and {@link #stage} are called by one thread (the build's writer); the line is printed
 * from a daemon timer and from that thread, under this object's lock; {@link #close} stops the timer and prints the
 * final line. Where the total is unknown (JSON Lines, standard input) the line has the rate and no estimate.
 */
final class ProgressReport implements BuildListener, AutoCloseable {
    /** A terminal's line is redrawn this often, whatever {@code --progress-every} says. */
    private static final Duration REDRAW = Duration.ofSeconds(1);
    /** After the last document, a stage change prints a line only when the last line is older than this (no burst of lines). */
    private static final long STAGE_LINE_GAP = TimeUnit.MILLISECONDS.toNanos(1000);

    /** The figures a line is made of, at one moment; nanoseconds from the command's start (flowStart -1: no document yet). */
    record Snapshot(long done, long total, long elapsed, long flowStart, long flowEnd, Stage stage) {
        /**
         * The line: {@code build: 120/400 documents (30%), 23.5 documents/s, 0:14 elapsed, 0:12 left, extracting}. The rate
         * counts from the first document's start (the start-up is not extraction) to now, or to the last document once the
         * whole-store stages run; the estimate is shown only while documents flow and the total is known.
         */
        String render(String name) {
            StringBuilder b = new StringBuilder(name).append(": ");
            boolean ofTotal = total >= 0 && done <= total;
            b.append(done);
            if (ofTotal) b.append('/').append(total);
            b.append(done == 1 && !ofTotal ? " document" : " documents");
            if (ofTotal && total > 0) b.append(" (").append(done * 100 / total).append("%)");
            double rate = rate();
            if (rate > 0) b.append(String.format(Locale.ROOT, ", %.1f documents/s", rate));
            b.append(", ").append(clock(elapsed)).append(" elapsed");
            if (rate > 0 && ofTotal && done < total && flowing())
                b.append(", ").append(clock((long) ((total - done) / rate * 1e9))).append(" left");
            return b.append(", ").append(stage.label()).toString();
        }

        private boolean flowing() {
            return stage == Stage.EXTRACTING || stage == Stage.WRITING || stage == Stage.READING;
        }

        /** Documents a second since the first document's start; 0 while none is done. */
        double rate() {
            if (flowStart < 0 || done == 0) return 0;
            long end = flowEnd >= 0 ? flowEnd : elapsed;
            long span = end - flowStart;
            return span <= 0 ? 0 : done / (span / 1e9);
        }

        /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
        static String clock(long nanos) {
            long s = Math.max(0, nanos / 1_000_000_000L);
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }

    private final String name;
    private final PrintWriter out, err;
    private final boolean verbose, quiet, terminal;
    private final Function<DocumentResult, String> documentLine;
    private final String errorPrefix;
    private final LongSupplier nanos;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private volatile long total = -1, flowStart = -1, flowEnd = -1;
    private volatile Stage stage;
    private final ScheduledExecutorService timer;
    /** Under the lock: whether a progress line is drawn on the terminal's last line, and when the last line was printed. */
    private boolean drawn;
    private long lastLine = Long.MIN_VALUE;
    private boolean closed;
    /** Set when the command gives up: the final line says so instead of "done". */
    private volatile boolean stopped;

    /**
     * Starts reporting for the command {@code name} (the prefix of its lines): {@code documentLine} is a document's line
     * for {@code --verbose}, {@code errorPrefix} starts a refused document's line ({@code error: } then its source and
     * the reason). Prints the first line at once.
     */
    static ProgressReport start(String name, PrintWriter out, PrintWriter err, ProgressOption options,
                                Function<DocumentResult, String> documentLine, String errorPrefix) {
        return start(name, out, err, options, documentLine, errorPrefix, Stage.STARTING);
    }

    /** As above, for work whose start-up is done (a --watch round starts at {@link Stage#READING}). */
    static ProgressReport start(String name, PrintWriter out, PrintWriter err, ProgressOption options,
                                Function<DocumentResult, String> documentLine, String errorPrefix, Stage first) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new ProgressReport(name, out, err, options.verbose(), options.quiet(), terminal,
                terminal ? REDRAW : options.every(), documentLine, errorPrefix, first, System::nanoTime);
    }

    /** {@code every}: the period of the timer's lines (redraws on a terminal); {@code nanos}: the clock. */
    ProgressReport(String name, PrintWriter out, PrintWriter err, boolean verbose, boolean quiet, boolean terminal, Duration every,
                   Function<DocumentResult, String> documentLine, String errorPrefix, Stage first, LongSupplier nanos) {
        this.name = name;
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.quiet = quiet;
        this.terminal = terminal;
        this.documentLine = documentLine;
        this.errorPrefix = errorPrefix;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.stage = first;
        if (quiet) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "govkg-progress");
            t.setDaemon(true);
            return t;
        });
        long period = every.toMillis();
        print();
        timer.scheduleAtFixedRate(this::print, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void accept(DocumentResult r) {
        if (!r.ok()) message(err, errorPrefix + r.source() + ": " + r.error());
        else if (verbose) message(out, documentLine.apply(r));
    }

    @Override
    public void stage(Stage next) {
        Stage before = stage;
        if (next == before) return;
        long now = nanos.getAsLong() - start;
        if (next == Stage.EXTRACTING && flowStart < 0) flowStart = now;
        boolean afterDocuments = next == Stage.LINKS || next == Stage.VOID || next == Stage.COMPACTING || next == Stage.DONE;
        if (afterDocuments && flowEnd < 0 && flowStart >= 0) flowEnd = now;
        stage = next;
        if (quiet || next == Stage.DONE || next == Stage.EXTRACTING || next == Stage.WRITING) return;
        synchronized (this) {
            // a terminal shows every stage at once; a log gets a line for a stage when the last line is not too recent
            if (terminal || nanos.getAsLong() - lastLine >= STAGE_LINE_GAP) print();
        }
    }

    @Override
    public void documentsDone(long documents) {
        done.set(documents);
    }

    @Override
    public void inputs(long documents) {
        total = documents;
    }

    /** A line of its own (an error, a document's line, a command's own message) on {@code to}, never inside the progress line. */
    synchronized void message(PrintWriter to, String line) {
        clear();
        to.println(line);
        to.flush();
        if (terminal && !quiet && !closed) print();
    }

    /** The command gives up (its error is printed by {@link #message}): the final line says "stopped". */
    void stopped() {
        stopped = true;
    }

    /** Stops the timer and prints the final line. */
    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
        synchronized (this) {
            if (closed) return;
            stage(Stage.DONE);
            if (!quiet) print();
            if (drawn) {
                err.println();
                err.flush();
                drawn = false;
            }
            closed = true;
        }
    }

    Snapshot snapshot() {
        return new Snapshot(done.get(), total, nanos.getAsLong() - start, flowStart, flowEnd, stage);
    }

    private synchronized void print() {
        if (closed) return;
        String line = snapshot().render(name);
        if (stopped && stage == Stage.DONE) line = line.substring(0, line.length() - Stage.DONE.label().length()) + "stopped";
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
        lastLine = nanos.getAsLong();
    }

    private void clear() {
        if (!drawn) return;
        err.print("\r\u001b[K");
        err.flush();
        drawn = false;
    }
}
