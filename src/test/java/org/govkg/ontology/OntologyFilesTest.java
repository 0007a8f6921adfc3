package org.govkg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.govkg.ontology.OntologyFiles.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The ontology files: they parse, they declare every term of the public contract
 * (shared/ontology-contract.md) and of docs/vocabulary.md, and the indicator scheme is a usable
 * lexicon (one canonical name per indicator, no surface form shared by two indicators).
 */
class OntologyFilesTest {

    /** Every gk: term ontology-contract.md names, copied from it by hand: the public interface. */
    static final List<String> CONTRACT_CLASSES = List.of(
            "Article", "AdministrativeDivision", "Organization", "Enterprise", "Meeting", "Project",
            "IndustrialZone", "Place", "Person", "Initiative", "Indicator", "Observation");
    static final List<String> CONTRACT_PROPERTIES = List.of(
            "divisionCode", "level", "partOf", "jurisdiction", "organizer", "termNumber", "sessionNumber",
            "locatedIn", "mentionedIn", "indicator", "refArea", "periodStart", "periodEnd", "periodLabel",
            "value", "unit", "statedValue", "kind", "changeRate", "changePoints", "qualifier", "valueUpper",
            "evidence", "confidence", "contentHash");
    static final List<String> CONTRACT_INDIVIDUALS = List.of(
            "CNY", "USD", "Count", "Percent", "PercentagePoint", "Rank", "SquareMetre", "SquareKilometre",
            "Mu", "KilowattHour", "Level", "Growth", "Target", "Share");

    /** The further terms docs/vocabulary.md names. */
    static final List<String> VOCABULARY_CLASSES = List.of("Unit", "FigureKind", "DivisionLevel", "Mention");
    static final List<String> VOCABULARY_PROPERTIES = List.of(
            "mention", "refersTo", "comparedTo", "role", "indicatorCandidate", "statisticalCode");
    static final List<String> VOCABULARY_INDIVIDUALS = List.of("Province", "Prefecture", "County", "Township");

    static final List<String> OBJECT_PROPERTIES = List.of(
            "indicator", "refArea", "unit", "kind", "evidence", "mentionedIn", "mention", "refersTo", "comparedTo",
            "level", "partOf", "jurisdiction", "locatedIn", "organizer");
    static final List<String> DATATYPE_PROPERTIES = List.of(
            "periodStart", "periodEnd", "periodLabel", "value", "valueUpper", "statedValue", "changeRate",
            "changePoints", "qualifier", "confidence", "role", "indicatorCandidate", "divisionCode", "statisticalCode",
            "termNumber", "sessionNumber", "contentHash");

    static final String SCHEMA = "https://schema.org/";

    @Test
    void the_three_files_parse() {
        assertFalse(govkg().isEmpty());
        assertFalse(indicators(BASE).isEmpty());
        assertFalse(shapes().isEmpty());
        Shapes.parse(shapes());
    }

    @Test
    void ontology_header_names_version_title_and_licence() {
        Graph g = govkg();
        Node ont = uri("https://w3id.org/govkg/ontology");
        assertTrue(g.contains(ont, TYPE, uri(OWL + "Ontology")));
        assertTrue(g.contains(ont, uri(OWL + "versionInfo"), org.apache.jena.graph.NodeFactory.createLiteralString("0.1.0")));
        assertTrue(g.contains(ont, uri("http://purl.org/dc/terms/title"), Node.ANY));
        assertTrue(g.contains(ont, uri("http://purl.org/dc/terms/license"), uri("https://creativecommons.org/licenses/by/4.0/")));
    }

    @Test
    void govkg_ttl_has_only_absolute_iris() {
        // it is read without a base: a relative IRI would resolve against wherever the file lies
        govkg().find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                if (n.isURI()) assertFalse(n.getURI().startsWith("file:"), "relative IRI in govkg.ttl: " + n);
        });
    }

    @Test
    void every_contract_term_is_declared_with_labels_and_comment() {
        Graph g = govkg();
        List<String> missing = new ArrayList<>();
        List<List<String>> all = List.of(CONTRACT_CLASSES, CONTRACT_PROPERTIES, CONTRACT_INDIVIDUALS,
                VOCABULARY_CLASSES, VOCABULARY_PROPERTIES, VOCABULARY_INDIVIDUALS);
        for (List<String> terms : all)
            for (String t : terms) missing.addAll(documentationGaps(g, gk(t)));
        assertEquals(List.of(), missing);
    }

    @Test
    void every_term_govkg_ttl_defines_has_labels_and_comment() {
        Graph g = govkg();
        TreeSet<String> subjects = new TreeSet<>();
        g.find(Node.ANY, TYPE, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(GK)) subjects.add(t.getSubject().getURI());
        });
        List<String> missing = new ArrayList<>();
        for (String s : subjects) missing.addAll(documentationGaps(g, uri(s)));
        assertEquals(List.of(), missing);
        assertTrue(subjects.size() > 60, "only " + subjects.size() + " terms");
    }

    private static List<String> documentationGaps(Graph g, Node term) {
        List<String> out = new ArrayList<>();
        String name = "gk:" + term.getURI().substring(GK.length());
        if (!g.contains(term, TYPE, Node.ANY)) out.add(name + " not declared");
        if (literals(g, term, LABEL, "zh").size() != 1) out.add(name + " needs one rdfs:label@zh");
        if (literals(g, term, LABEL, "en").size() != 1) out.add(name + " needs one rdfs:label@en");
        if (literals(g, term, COMMENT, "en").isEmpty()) out.add(name + " needs an rdfs:comment@en");
        return out;
    }

    @Test
    void classes_and_properties_have_their_owl_types() {
        Graph g = govkg();
        for (String c : concat(CONTRACT_CLASSES, VOCABULARY_CLASSES))
            assertTrue(g.contains(gk(c), TYPE, uri(OWL + "Class")), "gk:" + c + " is an owl:Class");
        for (String p : OBJECT_PROPERTIES) {
            assertTrue(g.contains(gk(p), TYPE, uri(OWL + "ObjectProperty")), "gk:" + p + " is an owl:ObjectProperty");
            assertFalse(g.contains(gk(p), TYPE, uri(OWL + "DatatypeProperty")), "gk:" + p);
        }
        for (String p : DATATYPE_PROPERTIES) {
            assertTrue(g.contains(gk(p), TYPE, uri(OWL + "DatatypeProperty")), "gk:" + p + " is an owl:DatatypeProperty");
            assertFalse(g.contains(gk(p), TYPE, uri(OWL + "ObjectProperty")), "gk:" + p);
        }
        assertEquals(new TreeSet<>(concat(CONTRACT_PROPERTIES, VOCABULARY_PROPERTIES)),
                new TreeSet<>(concat(OBJECT_PROPERTIES, DATATYPE_PROPERTIES)), "every property is typed in this test");
        for (String p : concat(OBJECT_PROPERTIES, DATATYPE_PROPERTIES)) {
            // a domain and a range, or a comment saying why not (gk:comparedTo may point at anything)
            assertTrue(g.contains(gk(p), uri(RDFS + "domain"), Node.ANY), "gk:" + p + " has a domain");
            if (!p.equals("comparedTo")) assertTrue(g.contains(gk(p), uri(RDFS + "range"), Node.ANY), "gk:" + p + " has a range");
        }
    }

    @Test
    void classes_specialise_the_reused_vocabularies_as_the_contract_says() {
        Graph g = govkg();
        String[][] links = {
                {"Article", SCHEMA + "NewsArticle"}, {"Article", "http://www.w3.org/ns/prov#Entity"},
                {"Organization", "http://www.w3.org/ns/org#Organization"}, {"Enterprise", GK + "Organization"},
                {"Meeting", SCHEMA + "Event"}, {"Project", SCHEMA + "Project"}, {"Person", SCHEMA + "Person"},
                {"Initiative", SKOS + "Concept"}, {"Indicator", SKOS + "Concept"}, {"Observation", QB + "Observation"},
                {"Mention", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String"}};
        for (String[] l : links) assertTrue(g.contains(gk(l[0]), SUBCLASS, uri(l[1])), "gk:" + l[0] + " ⊑ " + l[1]);
        // the scorer counts a node once per scored class its type reaches: no other links between them
        for (String a : CONTRACT_CLASSES)
            for (String b : CONTRACT_CLASSES)
                if (!(a.equals("Enterprise") && b.equals("Organization")))
                    assertFalse(g.contains(gk(a), SUBCLASS, gk(b)), "gk:" + a + " ⊑ gk:" + b);
    }

    @Test
    void individuals_have_their_classes() {
        Graph g = govkg();
        for (String u : List.of("CNY", "USD", "EUR", "Count", "Percent", "PercentagePoint", "Rank", "SquareMetre",
                "SquareKilometre", "Mu", "Hectare", "KilowattHour", "Kilowatt", "Tonne", "Kilometre", "Metre",
                "PersonTime", "CubicMetre", "MicrogramPerCubicMetre")) {
            assertTrue(g.contains(gk(u), TYPE, gk("Unit")), "gk:" + u + " a gk:Unit");
            assertTrue(g.contains(gk(u), uri(SKOS + "notation"), Node.ANY), "gk:" + u + " has a skos:notation");
        }
        for (String k : List.of("Level", "Growth", "Target", "Rank", "Share"))
            assertTrue(g.contains(gk(k), TYPE, gk("FigureKind")), "gk:" + k + " a gk:FigureKind");
        for (String l : VOCABULARY_INDIVIDUALS)
            assertTrue(g.contains(gk(l), TYPE, gk("DivisionLevel")), "gk:" + l + " a gk:DivisionLevel");
    }

    @Test
    void observation_properties_are_data_cube_components() {
        Graph g = govkg();
        for (String d : List.of("indicator", "refArea", "kind"))
            assertTrue(g.contains(gk(d), TYPE, uri(QB + "DimensionProperty")), "gk:" + d);
        assertTrue(g.contains(gk("value"), TYPE, uri(QB + "MeasureProperty")));
        for (String a : List.of("unit", "statedValue", "qualifier", "changeRate", "changePoints", "confidence"))
            assertTrue(g.contains(gk(a), TYPE, uri(QB + "AttributeProperty")), "gk:" + a);
    }

    @Test
    void every_gk_term_the_shapes_and_the_scheme_use_is_declared() {
        Graph ontology = govkg();
        TreeSet<String> used = new TreeSet<>();
        for (Graph g : List.of(shapes(), indicators(BASE)))
            g.find().forEach(t -> {
                for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                    if (n.isURI() && n.getURI().startsWith(GK)) used.add(n.getURI());
            });
        List<String> undeclared = used.stream().filter(u -> !ontology.contains(uri(u), TYPE, Node.ANY)).toList();
        assertEquals(List.of(), undeclared);
    }

    @Test
    void every_gk_constant_of_the_code_is_declared() throws Exception {
        // org.govkg.rdf.GK mirrors the ontology; read reflectively so this test does not depend on its shape
        Class<?> gkClass;
        try {
            gkClass = Class.forName("org.govkg.rdf.GK");
        } catch (ClassNotFoundException e) {
            return;
        }
        Graph g = govkg();
        List<String> undeclared = new ArrayList<>();
        for (Field f : gkClass.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node n = (Node) f.get(null);
            if (n.isURI() && n.getURI().startsWith(GK) && !g.contains(n, TYPE, Node.ANY)) undeclared.add(n.getURI());
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void every_unit_the_figure_rules_produce_is_declared() throws IOException {
        Path units = dir().resolve("src/main/resources/org/govkg/rules/units.tsv");
        if (!Files.exists(units)) return;
        Graph g = govkg();
        TreeSet<String> undeclared = new TreeSet<>();
        List<String> lines = Files.readAllLines(units, StandardCharsets.UTF_8);
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) { header = false; continue; }
            String[] cols = line.split("\t");
            if (cols.length > 1 && !g.contains(gk(cols[1]), TYPE, gk("Unit"))) undeclared.add(cols[1]);
        }
        assertEquals(Set.of(), undeclared, "units.tsv names units govkg.ttl does not declare");
    }

    // ---------------------------------------------------------------------------------------
    // The indicator scheme

    @Test
    void indicators_ttl_has_relative_iris_and_no_base() throws IOException {
        // the statements, comments left out
        List<String> statements = Files.readAllLines(file("indicators.ttl"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.strip().startsWith("#")).toList();
        for (String l : statements) {
            assertFalse(l.contains(BASE), "indicators.ttl names the default base; its IRIs must stay relative: " + l);
            assertFalse(l.strip().toLowerCase().matches("@?base\\s.*"), "indicators.ttl must not set a base: " + l);
        }
        // read against another base, every concept lands under it
        String other = "http://example.org/kg/";
        List<Node> concepts = concepts(indicators(other), other);
        assertEquals(concepts(indicators(BASE), BASE).size(), concepts.size());
        assertTrue(indicators(other).contains(uri(other + "indicator/gdp"), TYPE, gk("Indicator")));
    }

    @Test
    void the_scheme_holds_60_to_120_indicators() {
        Graph g = indicators(BASE);
        int n = concepts(g, BASE).size();
        assertTrue(n >= 60 && n <= 120, n + " indicators");
        assertTrue(g.contains(uri(BASE + "indicator/scheme"), TYPE, uri(SKOS + "ConceptScheme")));
    }

    @Test
    void every_indicator_has_one_canonical_name_and_its_slug() {
        Graph g = indicators(BASE);
        List<String> problems = new ArrayList<>();
        Node scheme = uri(BASE + "indicator/scheme");
        for (Node c : concepts(g, BASE)) {
            String slug = c.getURI().substring((BASE + "indicator/").length());
            if (literals(g, c, PREF, "zh").size() != 1) problems.add(slug + ": not exactly one skos:prefLabel@zh");
            if (literals(g, c, PREF, "en").size() != 1) problems.add(slug + ": not exactly one skos:prefLabel@en");
            if (!g.contains(c, TYPE, uri(SKOS + "Concept"))) problems.add(slug + ": not a skos:Concept");
            if (!g.contains(c, uri(SKOS + "inScheme"), scheme)) problems.add(slug + ": not in the scheme");
            if (!g.contains(c, uri(SKOS + "notation"), org.apache.jena.graph.NodeFactory.createLiteralString(slug)))
                problems.add(slug + ": skos:notation is not the slug");
            if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) problems.add(slug + ": slug is not lower-case ASCII words");
            g.find(c, uri(SKOS + "broader"), Node.ANY).forEach(t -> {
                if (!g.contains(t.getObject(), TYPE, gk("Indicator"))) problems.add(slug + ": broader is not an indicator");
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void no_surface_form_belongs_to_two_indicators() {
        Graph g = indicators(BASE);
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Node c : concepts(g, BASE)) {
            TreeSet<String> forms = new TreeSet<>(literals(g, c, PREF, "zh"));
            List<String> alts = literals(g, c, ALT, "zh");
            for (String a : alts) if (forms.contains(a)) clashes.add(a + " is both prefLabel and altLabel of " + c.getURI());
            forms.addAll(alts);
            for (String f : forms) {
                String before = owner.putIfAbsent(f, c.getURI());
                if (before != null && !before.equals(c.getURI())) clashes.add(f + ": " + before + " and " + c.getURI());
            }
        }
        assertEquals(List.of(), clashes);
        assertTrue(owner.size() >= 200, owner.size() + " surface forms");
    }

    @Test
    void surface_forms_are_clean() {
        Graph g = indicators(BASE);
        List<String> bad = new ArrayList<>();
        for (Node c : concepts(g, BASE))
            for (Node p : List.of(PREF, ALT))
                for (String f : literals(g, c, p, "zh")) {
                    if (f.isBlank() || !f.equals(f.strip())) bad.add("whitespace: '" + f + "'");
                    if (!Normalizer.isNormalized(f, Normalizer.Form.NFC)) bad.add("not NFC: " + f);
                    if (f.codePoints().anyMatch(cp -> cp >= 0xFF01 && cp <= 0xFF5E)) bad.add("full-width ASCII: " + f);
                }
        g.find(Node.ANY, ALT, Node.ANY).forEach(t -> {
            if (!t.getObject().isLiteral() || !t.getObject().getLiteralLanguage().equals("zh"))
                bad.add("altLabel not @zh: " + t.getObject());
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void the_ontology_graph_conforms_to_the_shapes() {
        ValidationReport r = ShaclValidator.get().validate(Shapes.parse(shapes()), ontologyGraph());
        if (!r.conforms()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, r);
            fail(out.toString(StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------------------------------

    static List<Node> concepts(Graph g, String base) {
        TreeSet<String> out = new TreeSet<>();
        g.find(Node.ANY, TYPE, gk("Indicator")).forEach(t -> {
            Node s = t.getSubject();
            assertTrue(s.isURI() && s.getURI().startsWith(base + "indicator/"), "indicator outside the base: " + s);
            out.add(s.getURI());
        });
        return out.stream().map(OntologyFiles::uri).toList();
    }

    static List<String> literals(Graph g, Node s, Node p, String lang) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach((Triple t) -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang)) out.add(o.getLiteralLexicalForm());
        });
        return out;
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) out.addAll(l);
        return out;
    }
}
