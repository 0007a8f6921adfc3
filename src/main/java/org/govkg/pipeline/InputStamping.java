package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.govkg.ingest.Document;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Input;
import org.govkg.store.DocumentStore;
import org.govkg.store.InputStamp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A build's cheap check of unchanged inputs (as make and rsync do it): an input file whose path, size and
 * modification time are those stamped when its document was last stored, and whose document the store holds with
 * the stamped digest made by this extraction activity, is skipped without being read. Any other input is read and
 * hashed as before, and stamped again once its document is stored (or found stored unchanged). Only plain files are
 * stamped: a JSON Lines file's lines share one size and time, and standard input has none.
 * <p>
 * A file modified within {@link #RACY_NANOS} of being looked at is not stamped: a second change in the same
 * timestamp tick would keep size and time (git's "racily clean" files), so such a file is hashed next time.
 */
final class InputStamping {
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A file as it was looked at, before it was read. */
    record Seen(String source, long size, long modified, long at) {}

    private final DocumentStore store;
    private final Node activity;
    private final Engine engine;
    // documents being extracted: their stamps wait for the write; bounded by the extraction window
    private final Map<String, InputStamp> pending = new ConcurrentHashMap<>();

    InputStamping(DocumentStore store, Engine engine) {
        this.store = store;
        this.engine = engine;
        this.activity = engine.ontology().activity();
    }

    /** The input's file as it is now; null when it is not a plain file (a JSON Lines line, standard input) or is gone. */
    static Seen look(Input input) {
        if (input.id() == null || input.source().equals(DocumentReader.STDIN)
                || input.source().toLowerCase(Locale.ROOT).endsWith(".jsonl")) return null;
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(input.source()), BasicFileAttributes.class);
            if (!a.isRegularFile()) return null;
            return new Seen(input.source(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), System.currentTimeMillis() * 1_000_000L);
        } catch (IOException | RuntimeException notAFile) {
            return null;
        }
    }

    /** Whether the file is as stamped and the store holds its document as the stamp says, made by these rules. */
    boolean asStamped(String id, Seen seen) {
        if (seen == null) return false;
        InputStamp last = store.inputStamp(id);
        return last != null && last.sameFile(stamp(seen, last.contentHash()))
                && store.holdsDocument(engine.iris().graph(id), last.contentHash(), activity);
    }

    /** The document was read and found stored unchanged: stamped now. */
    void stored(Document d, Seen seen) {
        if (stampable(seen)) store.recordInputStamps(Map.of(d.id(), stamp(seen, d.contentHash())));
    }

    /** The document was read to be extracted: stamped once {@link #written}. */
    void extracting(Document d, Seen seen) {
        if (stampable(seen)) pending.put(d.id(), stamp(seen, d.contentHash()));
    }

    /** The document is in the store (or could not be written, {@code ok} false). */
    void written(String id, boolean ok) {
        InputStamp s = pending.remove(id);
        if (ok && s != null) store.recordInputStamps(Map.of(id, s));
    }

    /** The end of the build's writes: the stamps go beside the store. */
    void save() {
        pending.clear();
        store.saveInputStamps();
    }

    private static boolean stampable(Seen seen) {
        return seen != null && seen.modified() < seen.at() - RACY_NANOS;
    }

    private static InputStamp stamp(Seen seen, String contentHash) {
        return new InputStamp(seen.source(), seen.size(), seen.modified(), contentHash);
    }
}
