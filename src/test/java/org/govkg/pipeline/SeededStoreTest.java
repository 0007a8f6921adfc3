package org.govkg.pipeline;

import org.govkg.store.Exporter;
import org.govkg.store.KgStore;
import org.govkg.store.TextSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new store starts from the seed Maven put beside the classes (store/StoreSeed, {@code govkg seed}): the build of
 * the same articles into a planted store and into one whose static graphs the build wrote itself gives the same
 * export, byte for byte, and the same full-text answers; and the first build of a planted store follows what it
 * changes instead of recomputing the links and VoID over the gazetteer.
 */
class SeededStoreTest {
    private static final Path ARTICLES = Path.of("src/test/resources/articles/identity");
    private static final String BASE = BuildOptions.DEFAULT_BASE;

    private static byte[] buildAndExport(Engine engine, Path db, boolean seeded) throws Exception {
        Pipeline pipeline = new Pipeline(engine);
        assertEquals(seeded, pipeline.plantSeed(db), seeded ? "the classes carry a seed for these rules" : "");
        try (KgStore store = KgStore.open(db)) {
            assertEquals(!seeded, new DerivedGraphs(engine, store, false).whole(),
                    seeded ? "a planted store's derived graphs are vouched for" : "a store without them is recomputed");
            pipeline.build(store, new BuildOptions(db, List.of(ARTICLES), 2, 10, BASE), r -> {
                if (!r.ok()) throw new AssertionError(r.source() + ": " + r.error());
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(store.dataset(), Exporter.Format.NQ, out);
            return out.toByteArray();
        }
    }

    @Test
    void a_planted_store_builds_to_the_export_of_a_written_one(@TempDir Path tmp) throws Exception {
        Engine engine = new Engine(BASE);
        byte[] planted = buildAndExport(engine, tmp.resolve("planted"), true);
        Path written = tmp.resolve("written");
        Files.createDirectories(written);
        Files.writeString(written.resolve("not-empty"), "so the seed is not planted");
        byte[] own = buildAndExport(engine, written, false);
        assertTrue(planted.length > 10_000_000, "the export holds the gazetteer");
        assertArrayEquals(own, planted);
        try (KgStore a = KgStore.openBuilt(tmp.resolve("planted")); KgStore b = KgStore.openBuilt(written)) {
            for (String q : List.of("县", "产业园", "办公室"))
                assertEquals(hits(b, q), hits(a, q), "full-text hits for " + q);
        }
    }

    // what was found, in a stable order (the score is Lucene's to rank by, not part of the contract)
    private static List<String> hits(KgStore store, String q) {
        return TextSearch.over(store.dataset()).search(q, 1000).stream()
                .map(h -> h.iri() + " " + h.literal() + " " + h.graph() + " " + h.field()).sorted().toList();
    }

    @Test
    void a_seed_is_not_planted_for_other_rules_or_another_base(@TempDir Path tmp) throws Exception {
        assertFalse(new Pipeline(new Engine(BASE, "3".repeat(64))).plantSeed(tmp.resolve("other-rules")));
        assertFalse(new Pipeline(new Engine("https://example.org/kg/")).plantSeed(tmp.resolve("other-base")));
        assertFalse(Files.exists(tmp.resolve("other-rules")) || Files.exists(tmp.resolve("other-base")));
    }
}
