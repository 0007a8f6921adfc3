package org.govkg.pipeline;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.ReadOptions;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extract --out: one N-Quads file per document, the same bytes at any thread count, the same graphs a build stores. */
class ExtractTest {
    private static final Path SAMPLES = Path.of("samples/articles");

    @Test
    void the_files_do_not_depend_on_the_thread_count(@TempDir Path dir) throws Exception {
        new Extract(Engines.get()).run(List.of(SAMPLES), dir.resolve("one"), 1, r -> {});
        new Extract(Engines.get()).run(List.of(SAMPLES), dir.resolve("three"), 3, r -> {});
        List<String> names;
        try (Stream<Path> s = Files.list(dir.resolve("one"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(7, names.size(), names.toString());
        for (String n : names) assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(n)), Files.readAllBytes(dir.resolve("three").resolve(n)), n);
    }

    @Test
    void each_file_holds_the_graph_a_build_stores(@TempDir Path dir) throws Exception {
        List<DocumentResult> extracted = new Extract(Engines.get()).run(List.of(SAMPLES), dir.resolve("nq"), 2, r -> {});
        assertTrue(extracted.stream().allMatch(DocumentResult::ok));
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            Engines.build(store, SAMPLES);
            for (DocumentResult r : extracted) {
                DatasetGraph file = DatasetGraphFactory.create();
                RDFParser.source(dir.resolve("nq").resolve(r.id() + ".nq")).parse(file);
                Node name = Engines.get().iris().graph(r.id());
                Graph fromFile = normal(file.getGraph(name));
                Graph fromStore = Txn.calculateRead(store.dataset(), () -> normal(store.dataset().getGraph(name)));
                assertTrue(fromFile.size() > 100, r.id());
                assertTrue(fromFile.isIsomorphicWith(fromStore), r.id());
            }
        }
    }

    @Test
    void a_document_processed_on_its_own_gives_the_bytes_run_writes(@TempDir Path dir) throws Exception {
        Extract extract = new Extract(Engines.get());
        extract.run(List.of(SAMPLES), dir, 2, r -> {});
        for (var f : extract.commonFiles().entrySet()) assertArrayEquals(Files.readAllBytes(dir.resolve(f.getKey())), f.getValue(), f.getKey());
        List<String> checked = new java.util.ArrayList<>();
        DocumentReader.each(List.of(SAMPLES), ReadOptions.DEFAULTS, InputStream.nullInputStream(), in -> {
            try {
                Engine.Result r = Engines.get().process(in.load());
                assertArrayEquals(Files.readAllBytes(dir.resolve(Extract.fileName(r.id()))), Extract.nquads(r.graphName(), r.graph()), r.id());
                checked.add(r.id());
            } catch (Exception e) {
                throw new AssertionError(in.source(), e);
            }
        });
        assertEquals(5, checked.size(), checked.toString());
    }

    @Test
    void a_file_name_is_the_escaped_id() {
        assertEquals("a%2Fb%25c 长春.nq".replace(" ", "%20"), Extract.fileName("a/b%c 长春"));
    }

    /** TDB2 keeps decimals in canonical form (12050000000.0): compare them by value. */
    private static Graph normal(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && XSDDatatype.XSDdecimal.getURI().equals(o.getLiteralDatatypeURI()))
                o = NodeFactory.createLiteralDT(new BigDecimal(o.getLiteralLexicalForm()).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
            out.add(Triple.create(t.getSubject(), t.getPredicate(), o));
        });
        return out;
    }
}
