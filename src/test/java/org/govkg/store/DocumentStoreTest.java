package org.govkg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govkg.rdf.GK;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store as a build sees it (DocumentStore), on a real TDB2 store in a temporary folder: what it answers about
 * the documents it holds, and the writes through its sink.
 */
class DocumentStoreTest {
    private static final String ID = "https://w3id.org/govkg/id/";
    private static final Node DOC = uri("graph/doc-1"), OTHER = uri("graph/doc-2"), ARTICLE = uri("article/doc-1");
    private static final Node RULES_A = uri("activity/extraction-a"), RULES_B = uri("activity/extraction-b");

    @TempDir
    Path dir;
    KgStore store;

    @BeforeEach
    void open() throws Exception {
        store = KgStore.open(dir.resolve("db"));
        Graph doc = GraphFactory.createDefaultGraph();
        doc.add(Triple.create(ARTICLE, GK.contentHash, NodeFactory.createLiteralString("digest-1")));
        doc.add(Triple.create(ARTICLE, GK.provWasGeneratedBy, RULES_A));
        doc.add(Triple.create(ARTICLE, GK.rdfsLabel, NodeFactory.createLiteralLang("青禾区签约十个项目", "zh")));
        store.replaceGraphs(Map.of(DOC, doc));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(ID + path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | graph       | digest   | activity                | held
            the same input by the same rules          | graph/doc-1 | digest-1 | activity/extraction-a   | true
            a changed input                           | graph/doc-1 | digest-2 | activity/extraction-a   | false
            the same input by other rules             | graph/doc-1 | digest-1 | activity/extraction-b   | false
            the same input under another id           | graph/doc-2 | digest-1 | activity/extraction-a   | false
            """)
    void a_document_is_held_only_as_this_input_made_by_these_rules(String name, String graph, String digest, String activity, boolean held) {
        assertEquals(held, store.holdsDocument(uri(graph), digest, uri(activity)), name);
    }

    @Test
    void a_graph_and_a_triple_are_held_only_once_written() {
        assertTrue(store.holdsGraph(DOC));
        assertFalse(store.holdsGraph(OTHER));
        assertTrue(store.holds(DOC, Triple.create(ARTICLE, GK.provWasGeneratedBy, RULES_A)));
        assertFalse(store.holds(DOC, Triple.create(ARTICLE, GK.provWasGeneratedBy, RULES_B)));
        assertFalse(store.holds(OTHER, Triple.create(ARTICLE, GK.provWasGeneratedBy, RULES_A)), "in another graph");
    }

    @Test
    void the_sink_replaces_the_graph_whole_with_its_triples_and_its_quads_of_that_graph_only() {
        Node label = GK.rdfsLabel;
        store.replaceGraph(DOC, sink -> {
            sink.start();
            sink.triple(Triple.create(ARTICLE, label, NodeFactory.createLiteralLang("一", "zh")));
            sink.quad(Quad.create(DOC, ARTICLE, label, NodeFactory.createLiteralLang("二", "zh")));
            sink.quad(Quad.create(OTHER, ARTICLE, label, NodeFactory.createLiteralLang("三", "zh")));
            sink.finish();
        });
        List<String> labels = new ArrayList<>();
        store.eachTriple(DOC, t -> labels.add(t.getObject().getLiteralLexicalForm()));
        assertEquals(List.of("一", "二"), labels.stream().sorted().toList(), "the old triples gone, the other graph's quad left out");
        assertFalse(store.holdsGraph(OTHER));
        assertFalse(store.holdsDocument(DOC, "digest-1", RULES_A), "no longer held as it was");
    }

    @Test
    void a_triple_is_given_back_as_stored() {
        Node value = NodeFactory.createLiteralDT("2540000000", XSDDatatype.XSDdecimal);
        store.replaceGraph(OTHER, sink -> sink.triple(Triple.create(ARTICLE, GK.value, value)));
        List<Triple> back = new ArrayList<>();
        store.eachTriple(OTHER, back::add);
        assertEquals(List.of(Triple.create(ARTICLE, GK.value, NodeFactory.createLiteralDT("2540000000.0", XSDDatatype.XSDdecimal))), back);
    }

    @Test
    void a_write_that_fails_leaves_the_graph_as_it_was() {
        assertThrows(IllegalStateException.class, () -> store.replaceGraph(DOC, sink -> {
            sink.triple(Triple.create(ARTICLE, GK.rdfsLabel, NodeFactory.createLiteralLang("半", "zh")));
            throw new IllegalStateException("the source broke");
        }));
        assertTrue(store.holdsDocument(DOC, "digest-1", RULES_A));
        long[] n = {0};
        store.eachTriple(DOC, t -> n[0]++);
        assertEquals(3, n[0]);
    }

    /**
     * A decimal TDB2 keeps inline and gives back in another form ("128600000000" as "128600000000.0") is gone with its
     * graph when the graph is replaced or removed, though the store was not compacted since it was written.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"replaced", "removed"})
    void a_graph_replaced_or_removed_leaves_no_inline_decimal_behind(String how) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(uri("obs/1"), GK.rdfsLabel, NodeFactory.createLiteralDT("128600000000", XSDDatatype.XSDdecimal)));
        store.replaceGraphs(Map.of(OTHER, g));
        if (how.equals("replaced")) store.replaceGraphs(Map.of(OTHER, GraphFactory.createDefaultGraph()));
        else store.removeGraphs(Set.of(OTHER));
        long[] n = {0};
        store.eachTriple(OTHER, t -> n[0]++);
        assertEquals(0, n[0], how);
    }

    /**
     * The links' in-place change removes what it read back from the store: a conflict's difference written as
     * "820000000"^^xsd:decimal reads back as "820000000.0", and must still go (TDB2's delete by node left it).
     */
    @Test
    void a_change_in_place_removes_an_inline_decimal_as_read_back() {
        Triple difference = Triple.create(uri("conflict/1"), GK.rdfsLabel, NodeFactory.createLiteralDT("820000000", XSDDatatype.XSDdecimal));
        store.replaceGraphs(Map.of(OTHER, graphOf(difference)));
        List<Triple> readBack = new ArrayList<>();
        store.eachTriple(OTHER, readBack::add);
        assertEquals(1, readBack.size());
        store.changeGraphs(Map.of(OTHER, new GraphChange(readBack, List.of())));
        long[] n = {0};
        store.eachTriple(OTHER, t -> n[0]++);
        assertEquals(0, n[0], "the decimal read back as " + readBack.get(0).getObject() + " is gone");
    }

    private static Graph graphOf(Triple t) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(t);
        return g;
    }

    @Test
    void removed_graphs_are_no_longer_held_and_the_read_view_sees_what_is_left() {
        Map<Node, Graph> two = new LinkedHashMap<>();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(uri("thing/1"), GK.rdfsLabel, NodeFactory.createLiteralLang("云岭", "zh")));
        two.put(OTHER, g);
        store.replaceGraphs(two);
        store.removeGraphs(Set.of(DOC));
        assertFalse(store.holdsGraph(DOC));
        assertTrue(store.holdsGraph(OTHER));
        List<Node> graphs = new ArrayList<>();
        store.read(dsg -> dsg.listGraphNodes().forEachRemaining(graphs::add));
        assertEquals(List.of(OTHER), graphs);
    }

    @Test
    void a_change_in_place_takes_out_and_puts_in_only_what_it_names_and_follows_the_text_index() {
        Triple label = Triple.create(ARTICLE, GK.rdfsLabel, NodeFactory.createLiteralLang("青禾区签约十个项目", "zh"));
        Triple renamed = Triple.create(ARTICLE, GK.rdfsLabel, NodeFactory.createLiteralLang("松川镇签约五个项目", "zh"));
        store.changeGraphs(Map.of(DOC, new GraphChange(List.of(label), List.of(renamed))));
        assertTrue(store.holds(DOC, renamed));
        assertFalse(store.holds(DOC, label));
        assertTrue(store.holdsDocument(DOC, "digest-1", RULES_A), "the rest of the graph stays");
        assertEquals(List.of(ARTICLE.getURI()), found(store, "松川镇"), "the new label is found");
        assertEquals(List.of(), found(store, "青禾区"), "the old one is not");
    }

    private static List<String> found(KgStore store, String words) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () ->
                TextSearch.over(store.dataset()).search(words, 10).stream().map(TextSearch.Hit::iri).distinct().toList());
    }

    @Test
    void the_note_on_the_derived_graphs_is_kept_beside_them_until_cleared() throws Exception {
        assertEquals(null, store.derivedState(), "a new store has none");
        store.derivedState("activity/extraction-a https://w3id.org/govkg/id/");
        store.close();
        store = KgStore.open(dir.resolve("db"));
        assertEquals("activity/extraction-a https://w3id.org/govkg/id/", store.derivedState());
        store.derivedState(null);
        assertEquals(null, store.derivedState());
    }
}
