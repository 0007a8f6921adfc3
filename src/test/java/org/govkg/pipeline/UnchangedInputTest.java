package org.govkg.pipeline;

import org.govkg.ingest.ReadOptions;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build skips an input file whose size and modification time are those stamped when its document was stored,
 * without reading it (as make and rsync do); a file whose size or time differ is read and hashed, and extracted
 * again only when its bytes changed; {@code --force} and another extraction activity extract it whatever its
 * stamp. The steps run in order on one store and one article file.
 */
class UnchangedInputTest {
    private static final String BASE = BuildOptions.DEFAULT_BASE;
    private static final FileTime T0 = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    private static final FileTime T1 = FileTime.from(Instant.parse("2021-01-01T00:00:00Z"));
    private static final FileTime T2 = FileTime.from(Instant.parse("2022-01-01T00:00:00Z"));

    /** What the file is made to be before a step's build: its bytes and its modification time. */
    private enum Bytes { ORIGINAL, SAME_SIZE_OTHER, LONGER }

    /** One step: the file's bytes and time, the build's flags, and whether the document is extracted. */
    private record Step(String behaviour, Bytes bytes, FileTime time, boolean force, boolean otherActivity, boolean extracted) {}

    private static final List<Step> STEPS = List.of(
            new Step("first build: extracted", Bytes.ORIGINAL, T0, false, false, true),
            new Step("same size and time: skipped without reading (a same-size edit behind a restored time is not seen)",
                    Bytes.SAME_SIZE_OTHER, T0, false, false, false),
            new Step("touched, bytes as stored: hashed, unchanged, stamped with the new time", Bytes.ORIGINAL, T1, false, false, false),
            new Step("the new stamp: skipped without reading", Bytes.SAME_SIZE_OTHER, T1, false, false, false),
            new Step("--force: extracted though the stamp matches", Bytes.ORIGINAL, T1, true, false, true),
            new Step("same size, new time, other bytes: hashed and extracted", Bytes.SAME_SIZE_OTHER, T2, false, false, true),
            new Step("longer, old time: hashed and extracted", Bytes.LONGER, T0, false, false, true),
            new Step("just modified: hashed, unchanged, not stamped (a second edit in the same tick would keep the time)",
                    Bytes.LONGER, null, false, false, false),
            new Step("stamp matches but another extraction activity: extracted", Bytes.LONGER, T0, false, true, true));

    @Test
    void inputs_are_skipped_by_size_and_time_and_hashed_only_when_these_differ(@TempDir Path dir) throws Exception {
        Path original = Path.of("src/test/resources/articles/identity/huangpi-park-2024.txt");
        String text = Files.readString(original, StandardCharsets.UTF_8);
        // the same length in UTF-8: one full stop becomes a comma
        String sameSize = text.replaceFirst("。", "，");
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, sameSize.getBytes(StandardCharsets.UTF_8).length);
        Path file = dir.resolve("articles").resolve("huangpi-park-2024.txt");
        Files.createDirectories(file.getParent());
        Engine other = new Engine(BASE, "1".repeat(64));
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            for (Step step : STEPS) {
                Files.writeString(file, switch (step.bytes()) {
                    case ORIGINAL -> text;
                    case SAME_SIZE_OTHER -> sameSize;
                    case LONGER -> text + "\n黄陂区将加快园区配套建设。\n";
                }, StandardCharsets.UTF_8);
                if (step.time() != null) Files.setLastModifiedTime(file, step.time());
                List<DocumentResult> results = new ArrayList<>();
                new Pipeline(step.otherActivity() ? other : Engines.get()).build(store,
                        new BuildOptions(store.directory(), List.of(file.getParent()), 2, 10, BASE, ReadOptions.DEFAULTS, step.force()),
                        results::add);
                assertEquals(1, results.size(), step.behaviour());
                DocumentResult r = results.get(0);
                assertTrue(r.ok(), step.behaviour() + ": " + r.error());
                assertEquals(step.extracted(), !r.unchanged(), step.behaviour());
                if (step.time() == T1 && !step.force())
                    assertEquals(T1.to(java.util.concurrent.TimeUnit.NANOSECONDS), store.inputStamp("huangpi-park-2024").modified(), step.behaviour());
                if (step.time() == null)
                    assertEquals(T0.to(java.util.concurrent.TimeUnit.NANOSECONDS), store.inputStamp("huangpi-park-2024").modified(),
                            step.behaviour() + ": the stamp of the last build that could stamp it");
            }
        }
    }
}
