package org.govkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The seed of a new store: the files of a store that holds only what every store holds before its first document
 * (the ontology and gazetteer graphs, their full-text entries, the VoID description of that and the derived-graphs
 * note), made once when the jar is built ({@code govkg seed}, run by Maven) and unpacked into the folder of a new
 * store instead of writing those 270 000 triples through TDB2 again (about 15 s of every first build).
 * <p>
 * Contract: a seed is planted only into a folder that is absent or empty, and only when the state it was made for
 * (the extraction activity and the base IRI, as DerivedGraphs names them) is the state asked for; otherwise nothing is
 * written and the build writes the static graphs itself, as before. The files are unpacked into a sibling folder and
 * moved into place, so a build killed while planting leaves no half store behind. Runs of zero bytes (TDB2's files are
 * allocated in large blocks and mostly empty) are left as holes, so a planted store takes no more disk than a written one.
 */
public final class StoreSeed {
    /** Where Maven's {@code govkg seed} puts the seed, on the classpath of the jar. */
    public static final String RESOURCE = "/org/govkg/store/seed.zip";
    /** The first entry of a seed: the state (activity and base) it was made for. */
    static final String STATE_ENTRY = "seed.state";
    /** The last entry of a seed, holding the number of files before it: a seed cut short is never planted. */
    static final String END_ENTRY = "seed.end";
    private static final int BLOCK = 64 * 1024;
    /** The most bytes a seed may unpack to: a bound on a damaged or foreign file. */
    private static final long MAX_BYTES = 4L << 30;

    private StoreSeed() {}

    /**
     * Plants the seed on the classpath into {@code dir} when {@code dir} is absent or empty and the seed was made for
     * {@code state}; returns whether it did. A missing or unreadable seed is not an error: the build then writes the
     * static graphs itself.
     */
    public static boolean plant(Path dir, String state) throws IOException {
        if (!fresh(dir)) return false;
        try (InputStream in = StoreSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return false;
            return plant(in, dir, state);
        }
    }

    static boolean plant(InputStream seed, Path dir, String state) throws IOException {
        if (!fresh(dir)) return false;
        Path target = dir.toAbsolutePath().normalize();
        Path staging = target.resolveSibling(target.getFileName() + ".seeding-" + ProcessHandle.current().pid());
        deleteTree(staging);
        try (ZipInputStream zip = new ZipInputStream(seed)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(STATE_ENTRY)) return false;
            if (!new String(zip.readAllBytes(), StandardCharsets.UTF_8).equals(state)) return false;
            Files.createDirectories(staging);
            long total = 0;
            int files = 0;
            boolean ended = false;
            byte[] block = new byte[BLOCK];
            for (ZipEntry e = zip.getNextEntry(); e != null && !ended; e = zip.getNextEntry()) {
                if (e.getName().equals(END_ENTRY)) {
                    String count = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    if (!count.equals(Integer.toString(files))) throw new IOException("the seed holds " + files + " files, its end says " + count);
                    ended = true;
                    continue;
                }
                Path file = staging.resolve(e.getName()).normalize();
                if (!file.startsWith(staging)) throw new IOException("a seed entry outside the store: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                total += unpackSparse(zip, file, block);
                files++;
                if (total > MAX_BYTES) throw new IOException("the seed unpacks to more than " + MAX_BYTES + " bytes");
            }
            if (!ended) throw new IOException("the seed is cut short (no " + END_ENTRY + " entry)");
            if (Files.isDirectory(target)) Files.delete(target);  // empty, as checked
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            deleteTree(staging);
        }
    }

    /** Writes the entry's bytes to {@code file}, skipping blocks of zeros (holes), and returns its length. */
    private static long unpackSparse(InputStream in, Path file, byte[] block) throws IOException {
        long pos = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (true) {
                int n = in.readNBytes(block, 0, block.length);
                if (n <= 0) break;
                if (!zeros(block, n)) ch.write(ByteBuffer.wrap(block, 0, n), pos);
                pos += n;
                if (n < block.length) break;
            }
            // a trailing hole: the file's length is set without writing it
            if (ch.size() < pos) ch.write(ByteBuffer.allocate(1), pos - 1);
        }
        return pos;
    }

    private static boolean zeros(byte[] b, int n) {
        for (int i = 0; i < n; i++) if (b[i] != 0) return false;
        return true;
    }

    private static boolean fresh(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    /**
     * Writes the seed of the closed store in {@code storeDir} to {@code zip}: the state first, then TDB2's generation
     * folders and the full-text index, and the derived-graphs note, in name order (locks and stamps left out), so the
     * same store gives the same entries.
     */
    public static void write(Path storeDir, String state, Path zip) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(storeDir)) {
            all.filter(Files::isRegularFile).filter(p -> kept(storeDir.relativize(p))).forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> storeDir.relativize(p).toString().replace('\\', '/')));
        Files.createDirectories(zip.toAbsolutePath().getParent());
        Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(entry(STATE_ENTRY));
            z.write(state.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            for (Path f : files) {
                z.putNextEntry(entry(storeDir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
            z.putNextEntry(entry(END_ENTRY));
            z.write(Integer.toString(files.size()).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The state a seed file was made for, or null when it is not a seed. */
    public static String stateOf(Path zip) throws IOException {
        if (!Files.isRegularFile(zip)) return null;
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry first = z.getNextEntry();
            return first != null && first.getName().equals(STATE_ENTRY) ? new String(z.readAllBytes(), StandardCharsets.UTF_8) : null;
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        return e;
    }

    // what a store is, less what belongs to one process or one build: locks, input stamps, temporary files
    private static boolean kept(Path rel) {
        String name = rel.getFileName().toString();
        if (name.endsWith(".lock") || name.endsWith(".tmp") || name.equals("input-stamps.tsv")) return false;
        String top = rel.getName(0).toString();
        return top.matches("Data-\\d{4}") || top.equals("text") || top.equals("derived.state") || top.equals("tdb.cfg");
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
