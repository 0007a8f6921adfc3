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
import org.govkg.ingest.Document;
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

/**
 * extract --out: one N-Quads file per document holding what a reader of the article finds (quads written by hand
 * from a sentence of our own), the same bytes at any thread count, the same graphs a build stores.
 */
class ExtractTest {
    private static final Path SAMPLES = Path.of("samples/articles");

    private static final String ID = "https://w3id.org/govkg/id/", GK = "https://w3id.org/govkg/ontology#",
            XSD = "http://www.w3.org/2001/XMLSchema#", RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    /**
     * One sentence, its file worked out by hand. Offsets: the date line is chars 0-9 and a line break; 一季度 11-14,
     * 宁远县 15-18, 68.4亿元 26-32; the sentence without its 。 is 11-41. The county is 431126 of the city 431100.
     */
    @Test
    void a_figure_sentence_gives_the_quads_a_reader_expects(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ningyuan-q1.txt"), "2024年4月18日\n一季度，宁远县地区生产总值完成68.4亿元，同比增长5.9%。\n");
        List<DocumentResult> results = new Extract(Engines.get()).run(List.of(dir.resolve("ningyuan-q1.txt")), dir.resolve("out"), 1, r -> {});
        assertEquals(1, results.size());
        assertTrue(results.get(0).ok(), () -> results.get(0).error());
        assertEquals(1, results.get(0).observations());
        List<String> quads = Files.readAllLines(dir.resolve("out").resolve("ningyuan-q1.nq"));
        String g = " <" + ID + "graph/ningyuan-q1> .", article = "<" + ID + "article/ningyuan-q1", county = "<" + ID + "division/431126>";

        List<String> division = List.of(
                county + " " + RDF_TYPE + " <" + GK + "AdministrativeDivision>" + g,
                county + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"宁远县\"@zh" + g,
                county + " <" + GK + "divisionCode> \"431126\"" + g,
                county + " <" + GK + "level> <" + GK + "County>" + g,
                county + " <" + GK + "mention> " + article + "#char=15,18>" + g,
                county + " <" + GK + "partOf> <" + ID + "division/431100>" + g);
        for (String q : division) assertTrue(quads.contains(q), () -> "missing " + q + "\n in\n" + String.join("\n", quads));

        String obs = "<" + ID + "obs/ningyuan-q1/";
        List<String> subjects = quads.stream().filter(q -> q.startsWith(obs)).map(q -> q.substring(0, q.indexOf('>') + 1)).distinct().toList();
        assertEquals(1, subjects.size(), subjects::toString);
        String o = subjects.get(0);
        List<String> expected = List.of(
                o + " <http://purl.org/linked-data/cube#dataSet> <" + ID + "dataset/ningyuan-q1>" + g,
                o + " " + RDF_TYPE + " <http://purl.org/linked-data/cube#Observation>" + g,
                o + " " + RDF_TYPE + " <" + GK + "Observation>" + g,
                o + " <http://www.w3.org/ns/prov#wasDerivedFrom> " + article + ">" + g,
                o + " <" + GK + "changeRate> \"5.9\"^^<" + XSD + "decimal>" + g,
                o + " <" + GK + "confidence> \"0.92\"^^<" + XSD + "decimal>" + g,
                o + " <" + GK + "evidence> " + article + "#char=11,41>" + g,
                o + " <" + GK + "indicator> <" + ID + "indicator/gdp>" + g,
                o + " <" + GK + "kind> <" + GK + "Level>" + g,
                o + " <" + GK + "periodEnd> \"2024-03-31\"^^<" + XSD + "date>" + g,
                o + " <" + GK + "periodLabel> \"一季度\"@zh" + g,
                o + " <" + GK + "periodStart> \"2024-01-01\"^^<" + XSD + "date>" + g,
                o + " <" + GK + "refArea> " + county + g,
                o + " <" + GK + "refPeriod> <" + ID + "period/2024-01-01/2024-03-31>" + g,
                o + " <" + GK + "statedAt> " + article + "#char=26,32>" + g,
                o + " <" + GK + "statedValue> \"68.4亿元\"@zh" + g,
                o + " <" + GK + "unit> <" + GK + "CNY>" + g,
                o + " <" + GK + "value> \"6840000000\"^^<" + XSD + "decimal>" + g);
        assertEquals(expected, quads.stream().filter(q -> q.startsWith(o + " ")).toList());
    }

    @Test
    void the_files_do_not_depend_on_the_thread_count(@TempDir Path dir) throws Exception {
        new Extract(Engines.get()).run(List.of(SAMPLES), dir.resolve("one"), 1, r -> {});
        new Extract(Engines.get()).run(List.of(SAMPLES), dir.resolve("three"), 3, r -> {});
        List<String> names;
        try (Stream<Path> s = Files.list(dir.resolve("one"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(11, names.size(), names.toString());
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
    void a_document_processed_on_its_own_gives_the_bytes_run_writes_packed_or_not(@TempDir Path dir) throws Exception {
        Extract extract = new Extract(Engines.get());
        extract.run(List.of(SAMPLES), dir, 2, r -> {});
        for (var f : extract.commonFiles().entrySet()) assertArrayEquals(Files.readAllBytes(dir.resolve(f.getKey())), f.getValue(), f.getKey());
        List<String> checked = new java.util.ArrayList<>();
        DocumentReader.each(List.of(SAMPLES), ReadOptions.DEFAULTS, InputStream.nullInputStream(), in -> {
            try {
                Document doc = in.load();
                Engine.Result r = Engines.get().process(doc);
                assertArrayEquals(Files.readAllBytes(dir.resolve(Extract.fileName(r.id()))), Extract.nquads(r.graphName(), r.graph()), r.id());
                // the packed graph a build holds in its batch is the same graph
                Engine.Result packed = Engines.get().processPacked(doc);
                assertArrayEquals(Extract.nquads(r.graphName(), r.graph()), Extract.nquads(packed.graphName(), packed.graph()), r.id() + " packed");
                checked.add(r.id());
            } catch (Exception e) {
                throw new AssertionError(in.source(), e);
            }
        });
        assertEquals(9, checked.size(), checked.toString());
    }

    /**
     * {@code _ontology.nq} and {@code _gazetteer.nq} are made only when absent or stale: steps in order on one folder,
     * each with what is done to the files first and whether the run writes them.
     */
    @Test
    void the_common_files_are_written_only_when_absent_or_stale(@TempDir Path out) throws Exception {
        Extract extract = new Extract(Engines.get());
        Path gazetteer = out.resolve(Extract.GAZETTEER_FILE), ontology = out.resolve(Extract.ONTOLOGY_FILE);
        // the record is a user attribute of the file: where the file system has none, the files are written every
        // time (the documented fallback), and that is what is asserted there
        boolean recorded = Files.getFileStore(out).supportsFileAttributeView(java.nio.file.attribute.UserDefinedFileAttributeView.class);
        System.out.println("ExtractTest: user attributes " + (recorded ? "supported" : "not supported") + " in " + out);
        record Step(String behaviour, Runnable before, Extract by, boolean written) {}
        List<Step> steps = List.of(
                new Step("absent: written", () -> {}, extract, true),
                new Step("as this code made them: kept", () -> {}, extract, !recorded),
                new Step("one edited: written again", () -> append(ontology, "\n"), extract, true),
                new Step("one copied over, without its record: written again", () -> copyOver(gazetteer), extract, true),
                new Step("one gone: written again", () -> delete(gazetteer), extract, true),
                new Step("made by other code: written again", () -> {}, new Extract(new Engine(ID, "2".repeat(64))), true),
                new Step("back to this code: written again", () -> {}, extract, true));
        byte[] expected = extract.commonFiles().get(Extract.ONTOLOGY_FILE);
        for (Step step : steps) {
            step.before().run();
            assertEquals(step.written(), step.by().writeCommonFiles(out), step.behaviour());
            assertTrue(Files.exists(gazetteer) && Files.exists(ontology), step.behaviour());
        }
        assertArrayEquals(expected, Files.readAllBytes(ontology));
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copyOver(Path file) {
        try {
            Path copy = file.resolveSibling("copy.tmp");
            Files.copy(file, copy);
            Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
