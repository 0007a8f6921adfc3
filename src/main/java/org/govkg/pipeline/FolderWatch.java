package org.govkg.pipeline;

import org.govkg.ingest.DocumentReader;
import org.govkg.store.KgStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Builds the new and changed inputs of a folder into a store that is being served, by polling it:
 * the way to add documents to a live server, whose process is the only one TDB2 lets open the store.
 * <p>
 * Every {@code interval} the folder is listed (recursively, the inputs {@code build} reads). A file is
 * built once its size and modification time are the same in two polls running, so a file still being
 * copied in is not read half-written, and again whenever they change. Each poll that finds files runs
 * one incremental build of them through {@link Pipeline}, the same path as {@code build}: each document
 * all or nothing, gkr:graph/links recomputed, readers of the store going on meanwhile. A file deleted
 * from the folder leaves its document in the store ({@code remove} deletes documents). The first poll
 * sees every file as new; documents the store already holds unchanged are skipped by their hash.
 */
public final class FolderWatch implements AutoCloseable {

    /** What a poll reports: each document's result, and a line when the whole poll failed. */
    public interface Listener extends BuildListener {
        void pollFailed(Exception e);

        /** A poll found {@code files} files to build; its build starts. */
        default void roundStarted(int files) {}

        /** A poll's build is over, the links and VoID recomputed: what clients query is whole again. */
        default void roundDone(List<DocumentResult> results) {}
    }

    private record Seen(long size, long modified) {}

    private final Pipeline pipeline;
    private final KgStore store;
    private final BuildOptions options;
    private final Path folder;
    private final Listener listener;
    private final Map<Path, Seen> lastPoll = new HashMap<>();
    private final Map<Path, Seen> built = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "govkg-watch");
        t.setDaemon(true);
        return t;
    });

    /** {@code options} gives threads, batch size, base IRI and how to read; its inputs are ignored. */
    public FolderWatch(Pipeline pipeline, KgStore store, BuildOptions options, Path folder, Listener listener) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Polls every {@code interval}, the first time at once, until closed. */
    public FolderWatch start(Duration interval) {
        if (interval.isNegative() || interval.isZero())
            throw new IllegalArgumentException("the watch interval must be positive, was " + interval);
        timer.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    // An exception escaping a scheduled task would cancel every later poll.
    private void pollSafely() {
        try {
            List<DocumentResult> results = poll();
            if (!results.isEmpty()) listener.roundDone(results);
        } catch (Exception e) {
            listener.pollFailed(e);
        }
    }

    /** One poll: builds the files that are stable since the last poll and not built as they are. */
    List<DocumentResult> poll() throws IOException {
        Map<Path, Seen> now = new HashMap<>();
        for (Path file : DocumentReader.expand(folder)) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                now.put(file, new Seen(a.size(), a.lastModifiedTime().toMillis()));
            } catch (IOException gone) {
                // deleted between listing and reading: the next poll will not see it
            }
        }
        List<Path> ready = new ArrayList<>();
        for (Map.Entry<Path, Seen> e : now.entrySet()) {
            Seen s = e.getValue();
            if (s.equals(lastPoll.get(e.getKey())) && !s.equals(built.get(e.getKey())))
                ready.add(e.getKey());
        }
        lastPoll.clear();
        lastPoll.putAll(now);
        if (ready.isEmpty())
            return List.of();
        ready.sort(null);
        BuildOptions these = new BuildOptions(options.db(), ready, options.threads(), options.batchDocs(),
                                              options.base(), options.read(), options.force());
        // a round's outcomes are few (the files changed since the last poll): kept for roundDone
        List<DocumentResult> results = new ArrayList<>();
        listener.roundStarted(ready.size());
        pipeline.build(store, these, new BuildListener() {
            @Override
            public void accept(DocumentResult r) {
                results.add(r);
                listener.accept(r);
            }

            @Override
            public void stage(Stage stage) {
                listener.stage(stage);
            }

            @Override
            public void documentsDone(long documents) {
                listener.documentsDone(documents);
            }
        });
        // a refused file is not tried again until it changes: its error was reported once
        for (Path p : ready)
            built.put(p, now.get(p));
        return results;
    }

    /** Stops polling; waits, bounded, for a build under way to finish so the store closes cleanly. */
    @Override
    public void close() {
        // no interrupt: an interrupted TDB2 write closes its file channels and the store with them
        timer.shutdown();
        try {
            timer.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
