package org.govkg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The shapes of ontology/shapes.ttl against the fixtures of src/test/resources/shapes/, paired by
 * name: a {@code <rule>-bad.ttl} (or .trig) breaks exactly one rule, named by its first lines
 * {@code # expect-focus: <iri>} and {@code # expect-shape: <iri>}, and must be reported for that
 * rule on that node and for nothing else; a {@code <case>-good.ttl} must conform. Each fixture is
 * validated together with the ontology graph (govkg.ttl + indicators.ttl), as the builder does.
 * Adding a case is adding a file.
 */
class ShapesTest {
    static final Path FIXTURES = OntologyFiles.dir().resolve("src/test/resources/shapes");
    static final String SHAPES_NS = "https://w3id.org/govkg/shapes#";

    static Shapes shapes;
    static Graph ontology;

    @BeforeAll
    static void load() {
        shapes = Shapes.parse(OntologyFiles.shapes());
        ontology = OntologyFiles.ontologyGraph();
    }

    @TestFactory
    Stream<DynamicTest> bad_fixtures_break_exactly_their_rule() throws IOException {
        return fixtures("-bad").map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Expectation e = Expectation.read(p);
            ValidationReport r = validate(p);
            assertFalse(r.conforms(), p.getFileName() + " conforms but should break " + e.shape);
            List<String> others = new ArrayList<>();
            boolean found = false;
            for (ReportEntry en : r.getEntries()) {
                boolean expected = en.focusNode().equals(e.focus) && e.shape.equals(en.source());
                found |= expected;
                if (!expected) others.add(en.toString());
                assertEquals(Severity.Violation, en.severity());
            }
            assertTrue(found, p.getFileName() + ": no violation of " + e.shape + " on " + e.focus + "\n" + report(r));
            assertEquals(List.of(), others, p.getFileName() + " breaks other rules too");
        }));
    }

    @TestFactory
    Stream<DynamicTest> good_fixtures_conform() throws IOException {
        return fixtures("-good").map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ValidationReport r = validate(p);
            assertTrue(r.conforms(), p.getFileName() + "\n" + report(r));
        }));
    }

    /** Every named shape has a failing fixture: a rule nobody has seen fail may never fail. */
    @Test
    void every_named_shape_has_a_bad_fixture() throws IOException {
        TreeSet<String> named = new TreeSet<>();
        OntologyFiles.shapes().find(Node.ANY, OntologyFiles.TYPE, Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            String type = t.getObject().isURI() ? t.getObject().getURI() : "";
            if (s.isURI() && s.getURI().startsWith(SHAPES_NS) && type.startsWith("http://www.w3.org/ns/shacl#"))
                named.add(s.getURI());
        });
        // node shapes that only group property shapes are exercised through them
        Set<String> groups = Set.of("ObservationShape", "ConfidenceShape", "ArticleShape", "SpanShape", "MentionShape",
                "EntityLabelShape", "ExtractedEntityShape", "MeetingShape", "DivisionShape", "OrganizationShape",
                "LocatedInShape", "IndicatorShape", "StatementShape", "OfficialDocumentShape", "StageEventShape", "MembershipShape",
                "PostShape", "TargetAssessmentShape", "ArticleSignatureShape", "CopyOfShape", "CopyLinkShape");
        TreeSet<String> covered = new TreeSet<>();
        try (Stream<Path> bad = fixtures("-bad")) {
            for (Path p : (Iterable<Path>) bad::iterator) covered.add(Expectation.read(p).shape.getURI());
        }
        List<String> uncovered = named.stream()
                .filter(s -> !covered.contains(s) && !groups.contains(s.substring(SHAPES_NS.length()))).toList();
        assertEquals(List.of(), uncovered);
        assertTrue(named.size() > 40, named.size() + " shapes");
    }

    @Test
    void there_are_fixtures_of_both_kinds() throws IOException {
        try (Stream<Path> bad = fixtures("-bad"); Stream<Path> good = fixtures("-good")) {
            assertTrue(bad.count() >= 40);
            assertTrue(good.count() >= 5);
        }
    }

    // ---------------------------------------------------------------------------------------

    static Stream<Path> fixtures(String suffix) throws IOException {
        return Files.list(FIXTURES).filter(p -> {
            String n = p.getFileName().toString();
            return n.endsWith(suffix + ".ttl") || n.endsWith(suffix + ".trig");
        }).sorted();
    }

    /** The fixture (all its graphs, for TriG) together with the ontology graph. */
    static ValidationReport validate(Path p) {
        Dataset ds = DatasetFactory.create();
        RDFParser.create().source(p).lang(RDFDataMgr.determineLang(p.toString(), null, null))
                .base(OntologyFiles.BASE).parse(ds);
        Graph data = GraphFactory.createDefaultGraph();
        ontology.find().forEach(data::add);
        ds.asDatasetGraph().find().forEachRemaining(q -> data.add(q.asTriple()));
        return ShaclValidator.get().validate(shapes, data);
    }

    static String report(ValidationReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, r);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The rule a bad fixture breaks: its first comment lines. */
    record Expectation(Node focus, Node shape) {
        static Expectation read(Path p) throws IOException {
            Node focus = null, shape = null;
            Iterator<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8).iterator();
            while (lines.hasNext()) {
                String l = lines.next().strip();
                if (!l.startsWith("#")) break;
                if (l.startsWith("# expect-focus:")) focus = iri(l);
                if (l.startsWith("# expect-shape:")) shape = iri(l);
            }
            assertNotNull(focus, p.getFileName() + " has no '# expect-focus: <iri>' line");
            assertNotNull(shape, p.getFileName() + " has no '# expect-shape: <iri>' line");
            return new Expectation(focus, shape);
        }

        private static Node iri(String line) {
            String v = line.substring(line.indexOf(':') + 1).strip();
            if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1);
            return OntologyFiles.uri(v);
        }
    }
}
