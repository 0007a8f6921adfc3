package org.govkg.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The ordered, bounded parallel extraction of {@code build} and {@code extract}: the documents offered run on
 * {@code threads} workers, at most {@code threads * 4} of them in flight (so memory does not grow with the corpus),
 * and their outcomes are handed back in the order they were offered, on the thread that offers them. Contract:
 * every document offered gets exactly one outcome, {@code done} with its work's value or {@code failed} with why;
 * a document whose work throws fails alone, the others go on; a second document with an id already offered is
 * refused at once, without running. An exception thrown by {@code done} or {@code failed} stops the window (it
 * reaches the caller of {@link #offer} or {@link #drain}).
 */
final class ExtractionWindow<T> implements AutoCloseable {
    /** A document's work, done: where the document came from, its id as offered, the value, when it was offered (nanoTime). */
    record Done<T>(String source, String id, T value, long offered) {
        long millis() {
            return (System.nanoTime() - offered) / 1_000_000;
        }
    }

    private record Pending<T>(String source, String id, Future<T> work, long offered) {}

    private final ExecutorService pool;
    private final int size;
    private final Deque<Pending<T>> window = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final Consumer<Done<T>> done;
    private final Consumer<DocumentResult> failed;

    ExtractionWindow(int threads, Consumer<Done<T>> done, Consumer<DocumentResult> failed) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.size = threads * 4;
        this.done = done;
        this.failed = failed;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "govkg-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** How many documents may be in flight at once. */
    int size() {
        return size;
    }

    /**
     * Starts the document's work, first handing back the oldest outcomes while the window is full. The ids seen are
     * all this holds besides the documents in flight; a null id (not known before reading) is never a duplicate.
     */
    void offer(String source, String id, Callable<T> work) {
        if (id != null && !seen.add(id)) {
            failed.accept(DocumentResult.failed(source, id, "duplicate document id '" + id + "' (an earlier input has the same id)"));
            return;
        }
        window.add(new Pending<>(source, id, pool.submit(work), System.nanoTime()));
        while (window.size() >= size) next();
    }

    /** Hands back every outcome still in flight, in order. */
    void drain() {
        while (!window.isEmpty()) next();
    }

    private void next() {
        Pending<T> p = window.poll();
        T value;
        try {
            value = p.work().get();
        } catch (ExecutionException e) {
            failed.accept(DocumentResult.failed(p.source(), p.id(), e.getCause()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        }
        done.accept(new Done<>(p.source(), p.id(), value, p.offered()));
    }

    /** Stops the workers; work not handed back is abandoned (a document either has its outcome or was never reported). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
