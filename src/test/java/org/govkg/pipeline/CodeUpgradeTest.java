package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.govkg.rdf.GK;
import org.govkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade that changes only code re-extracts every document: the same inputs, built by an engine whose
 * extraction digest differs (what a changed rule in Java or a changed source gives, see rdf/Ontology), are none of
 * them {@code unchanged}, and every stored document then names the new activity.
 */
class CodeUpgradeTest {
    private static final Path ARTICLES = Path.of("src/test/resources/articles/identity");
    private static final String BASE = BuildOptions.DEFAULT_BASE;
    private static final String OLD_CODE = "0".repeat(64), NEW_CODE = "1".repeat(64);

    private static List<DocumentResult> build(Engine engine, KgStore store) throws IOException {
        List<DocumentResult> results = new ArrayList<>();
        new Pipeline(engine).build(store, new BuildOptions(store.directory(), List.of(ARTICLES), 2, 10, BASE), r -> {
            if (!r.ok()) throw new AssertionError(r.source() + ": " + r.error());
            results.add(r);
        });
        return results;
    }

    private static Set<String> activities(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().find(Node.ANY, Node.ANY, GK.provWasGeneratedBy, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getURI()));
            return out;
        });
    }

    @Test
    void a_build_by_other_code_extracts_every_document_again(@TempDir Path dir) throws Exception {
        Engine before = new Engine(BASE, OLD_CODE), after = new Engine(BASE, NEW_CODE);
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            assertEquals(3, build(before, store).stream().filter(r -> !r.unchanged()).count());
            assertEquals(3, build(before, store).stream().filter(DocumentResult::unchanged).count(), "the same code again changes nothing");
            assertTrue(new DerivedGraphs(after, store, false).whole(), "other code recomputes the links over the whole store");
            List<DocumentResult> upgraded = build(after, store);
            assertFalse(new DerivedGraphs(after, store, false).whole(), "and once upgraded, follows what builds change");
            assertEquals(List.of(false, false, false), upgraded.stream().map(DocumentResult::unchanged).toList());
            assertEquals(Set.of(BASE + "activity/0.1.0-111111111111"), activities(store));
            assertEquals(3, build(after, store).stream().filter(DocumentResult::unchanged).count(), "and once upgraded, nothing again");
        }
    }
}
