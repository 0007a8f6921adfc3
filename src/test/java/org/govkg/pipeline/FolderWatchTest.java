package org.govkg.pipeline;

import org.govkg.ingest.ReadOptions;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * serve --watch's polling, one poll at a time: a file is built only once it looked the same in two polls
 * running (never while it is still being written), again when it changes (its links and VoID updated for what the
 * round changed, as a build does), and a refused file is reported once, not on every poll.
 */
class FolderWatchTest {

    @Test
    void a_file_is_built_once_it_held_still_for_a_poll_and_again_when_it_changes(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path source = Path.of("src/test/resources/articles/identity").resolve("huangpi-park-2024.txt");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Path article = inbox.resolve("huangpi-park-2024.txt");
        List<String> errors = new ArrayList<>();
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            BuildOptions options = new BuildOptions(store.directory(), List.of(), 2, 10, BuildOptions.DEFAULT_BASE, ReadOptions.DEFAULTS);
            FolderWatch watch = new FolderWatch(new Pipeline(Engines.get()), store, options, inbox, new FolderWatch.Listener() {
                @Override public void accept(DocumentResult r) { if (!r.ok()) errors.add(r.source() + ": " + r.error()); }
                @Override public void pollFailed(Exception e) { errors.add(e.toString()); }
            });

            Files.writeString(article, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
            assertEquals(List.of(), watch.poll(), "first seen: it may still be being written");
            Files.writeString(article, text, StandardCharsets.UTF_8);   // the copy went on between two polls
            assertEquals(List.of(), watch.poll(), "changed since the last poll: not yet");
            List<DocumentResult> built = watch.poll();
            assertEquals(1, built.size());
            assertTrue(built.get(0).ok() && !built.get(0).unchanged(), built.toString());
            assertEquals(List.of(), watch.poll(), "built as it is: nothing to do");
            assertFalse(new DerivedGraphs(Engines.get(), store, false).whole(),
                    "after its first round the links are followed: the next round updates them for what it changes");

            Files.writeString(article, text + "\n黄陂区将加快园区配套建设。\n", StandardCharsets.UTF_8);
            assertEquals(List.of(), watch.poll());
            List<DocumentResult> rebuilt = watch.poll();
            assertEquals(1, rebuilt.size());
            assertFalse(rebuilt.get(0).unchanged(), "a changed file is extracted again");

            Files.write(inbox.resolve("empty.txt"), new byte[0]);
            watch.poll();
            watch.poll();
            watch.poll();
            assertEquals(1, errors.size(), errors::toString);
            assertTrue(errors.get(0).contains("empty.txt"), errors::toString);
        }
    }
}
