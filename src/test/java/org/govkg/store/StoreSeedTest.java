package org.govkg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's own contract (store/StoreSeed), on made-up store folders: what is written is what is planted, byte for
 * byte and hole for hole; a seed is planted only into an absent or empty folder and only for the state it was made
 * for; a damaged seed leaves nothing behind.
 */
class StoreSeedTest {
    private static final String STATE = "https://example.org/id/activity/0.1.0-abc https://example.org/id/";

    /** A folder shaped like a store: a generation with a mostly-empty file, an index, the note, and what is left out. */
    private static Path store(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("Data-0001"));
        byte[] sparse = new byte[300 * 1024];
        sparse[5] = 7;
        sparse[sparse.length - 1] = 9;  // data after a run of zero blocks, and at the very end
        Files.write(dir.resolve("Data-0001/SPO.dat"), sparse);
        Files.write(dir.resolve("Data-0001/trailing-hole.dat"), Arrays.copyOf(new byte[]{1, 2, 3}, 200 * 1024));
        Files.writeString(dir.resolve("Data-0001/tdb.lock"), "123");
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/segments_1"), "lucene");
        Files.writeString(dir.resolve("derived.state"), STATE);
        Files.writeString(dir.resolve("input-stamps.tsv"), "a\t1\t2");
        return dir;
    }

    private static byte[] seedOf(Path store, String state) throws IOException {
        Path zip = store.resolveSibling("seed.zip");
        StoreSeed.write(store, state, zip);
        return Files.readAllBytes(zip);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir.getParent())) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void what_is_planted_is_the_store_as_written_less_locks_and_stamps(@TempDir Path tmp) throws IOException {
        Path original = store(tmp.resolve("a/db"));
        byte[] seed = seedOf(original, STATE);
        Path planted = tmp.resolve("b/db");
        Files.createDirectories(planted.getParent());
        assertTrue(StoreSeed.plant(new ByteArrayInputStream(seed), planted, STATE));
        assertEquals(List.of("Data-0001/SPO.dat", "Data-0001/trailing-hole.dat", "derived.state", "text/segments_1"), files(planted));
        for (String f : files(planted))
            assertArrayEquals(Files.readAllBytes(original.resolve(f)), Files.readAllBytes(planted.resolve(f)), f);
        assertEquals(List.of("db"), siblings(planted), "no staging folder is left beside the store");
        assertEquals(STATE, StoreSeed.stateOf(original.resolveSibling("seed.zip")));
    }

    @Test
    void a_seed_goes_only_into_an_absent_or_empty_folder_for_its_own_state(@TempDir Path tmp) throws IOException {
        byte[] seed = seedOf(store(tmp.resolve("a/db")), STATE);
        record Case(String name, String state, boolean existing, boolean occupied, boolean planted) {}
        for (Case c : List.of(
                new Case("absent folder, same state: planted", STATE, false, false, true),
                new Case("empty folder, same state: planted", STATE, true, false, true),
                new Case("a folder holding a file: left alone", STATE, true, true, false),
                new Case("other rules: left alone", STATE.replace("abc", "abd"), false, false, false),
                new Case("other base: left alone", STATE.replace("example.org/id/", "example.net/"), true, false, false))) {
            Path dir = tmp.resolve(c.name().replaceAll("[^a-z]+", "-")).resolve("db");
            Files.createDirectories(dir.getParent());
            if (c.existing()) Files.createDirectories(dir);
            if (c.occupied()) Files.writeString(dir.resolve("mine.txt"), "x");
            assertEquals(c.planted(), StoreSeed.plant(new ByteArrayInputStream(seed), dir, c.state()), c.name());
            if (!c.planted()) {
                assertEquals(c.existing(), Files.exists(dir), c.name() + ": the folder is as it was");
                if (c.existing()) assertEquals(c.occupied() ? List.of("mine.txt") : List.of(), files(dir), c.name());
            }
            assertTrue(siblings(dir).stream().noneMatch(n -> n.contains(".seeding-")), c.name() + ": no staging folder left");
        }
    }

    @Test
    void a_damaged_or_foreign_seed_leaves_nothing(@TempDir Path tmp) throws IOException {
        byte[] seed = seedOf(store(tmp.resolve("a/db")), STATE);
        record Case(String name, byte[] seed, boolean fails) {}
        for (Case c : List.of(
                new Case("cut short in the middle of a file", Arrays.copyOf(seed, centralDirectory(seed) / 2), true),
                new Case("cut short between two files", Arrays.copyOf(seed, localHeader(seed, 3)), true),
                new Case("an entry that climbs out of the store", zip(STATE, "../outside.txt"), true),
                new Case("not a seed: no state first", zip(null, "Data-0001/SPO.dat"), false),
                new Case("not a zip at all", "hello".getBytes(StandardCharsets.UTF_8), false))) {
            Path dir = tmp.resolve(c.name().replaceAll("[^a-z]+", "-")).resolve("db");
            Files.createDirectories(dir.getParent());
            InputStream in = new ByteArrayInputStream(c.seed());
            if (c.fails()) assertThrows(IOException.class, () -> StoreSeed.plant(in, dir, STATE), c.name());
            else assertFalse(StoreSeed.plant(in, dir, STATE), c.name());
            assertEquals(List.of(), siblings(dir), c.name() + ": no store and no staging folder");
        }
    }

    // where the zip's directory begins (PK 1 2): before it, the entries themselves
    private static int centralDirectory(byte[] zip) {
        return localHeader(zip, -1);
    }

    /** The offset of the n-th entry's local header (PK 3 4), or with n = -1 that of the central directory. */
    private static int localHeader(byte[] zip, int n) {
        int seen = 0;
        for (int i = 0; i + 3 < zip.length; i++) {
            if (zip[i] != 'P' || zip[i + 1] != 'K') continue;
            if (n < 0 && zip[i + 2] == 1 && zip[i + 3] == 2) return i;
            if (n >= 0 && zip[i + 2] == 3 && zip[i + 3] == 4 && seen++ == n) return i;
        }
        throw new AssertionError("no such header");
    }

    private static byte[] zip(String state, String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            if (state != null) {
                z.putNextEntry(new ZipEntry(StoreSeed.STATE_ENTRY));
                z.write(state.getBytes(StandardCharsets.UTF_8));
            }
            z.putNextEntry(new ZipEntry(entry));
            z.write(new byte[]{1, 2, 3});
        }
        return bytes.toByteArray();
    }
}
