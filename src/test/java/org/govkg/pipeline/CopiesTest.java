package org.govkg.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.govkg.ingest.ReadOptions;
import org.govkg.nlp.TraditionalChinese;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Copies of an article written for govkg, made at test time as a portal re-posts one (a new headline, a cut tail,
 * traditional characters, all three), are linked gk:copyOf the article in one build with the other samples and three
 * articles of one district (江宁区: an economy report, a plenary and a briefing, written from like phrases): each copy
 * is found, and nothing else is linked. The copies' figures neither corroborate nor conflict with the original's, and
 * a thing only the copies and the original mention has no gk:documentCount (one source).
 */
class CopiesTest {
    private static final String ORIGINAL = "samples/articles/xindu-economy-2023h1.txt";
    private static final String ARTICLES = "src/test/resources/articles/conflict/";
    private static final String GK = "https://w3id.org/govkg/ontology#";
    private static final String ARTICLE = BuildOptions.DEFAULT_BASE + "article/";

    /** A new headline for the district's article: the first line replaced. */
    static String newHeadline(String text) {
        return "成都新都：上半年主要经济指标稳步提升" + text.substring(text.indexOf('\n'));
    }

    /** The text up to the end of the sentence that reaches three quarters of it: the last quarter cut. */
    static String cutTail(String text) {
        int end = text.indexOf('。', text.length() * 3 / 4);
        return text.substring(0, end + 1) + "\n";
    }

    static String traditional(String text) {
        return TraditionalChinese.toTraditional(text);
    }

    static Stream<Arguments> copies() {
        return Stream.of(
                Arguments.of("a new headline", "xindu-economy-2023h1-headline", (UnaryOperator<String>) CopiesTest::newHeadline),
                Arguments.of("the last quarter cut", "xindu-economy-2023h1-tail", (UnaryOperator<String>) CopiesTest::cutTail),
                Arguments.of("in traditional characters", "xindu-economy-2023h1-traditional", (UnaryOperator<String>) CopiesTest::traditional),
                Arguments.of("all three", "xindu-economy-2023h1-all",
                        (UnaryOperator<String>) t -> traditional(cutTail(newHeadline(t)))));
    }

    private static Path dir;
    private static KgStore store;
    /** Each copy found, by its id: its original's id. */
    private static Map<String, String> found;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        dir = tmp;
        Path in = Files.createDirectories(tmp.resolve("in"));
        String original = Files.readString(Path.of(ORIGINAL), StandardCharsets.UTF_8);
        for (Arguments a : copies().toList()) {
            @SuppressWarnings("unchecked") UnaryOperator<String> make = (UnaryOperator<String>) a.get()[2];
            String copy = make.apply(original);
            assertTrue(copy.length() < original.length() + 40 && !copy.equals(original), a.get()[0] + ": a changed copy");
            Files.writeString(in.resolve(a.get()[1] + ".txt"), copy, StandardCharsets.UTF_8);
        }
        try (var files = Files.list(Path.of("samples/articles"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        for (String f : List.of("jiangning-economy-2024h1.txt", "jiangning-plenary-2024.txt", "jiangning-briefing-2024.txt"))
            Files.copy(Path.of(ARTICLES + f), in.resolve(f));
        store = KgStore.open(tmp.resolve("db"));
        new Pipeline(Engines.get()).build(store, new BuildOptions(store.directory(), List.of(in), 2, 4, BuildOptions.DEFAULT_BASE,
                ReadOptions.DEFAULTS, false, false), r -> {
            if (!r.ok()) throw new AssertionError(r.source() + ": " + r.error());
        });
        found = new TreeMap<>();
        for (QuerySolution s : select("SELECT ?c ?o WHERE { GRAPH ?g { ?c gk:copyOf ?o } }"))
            found.put(s.getResource("c").getURI().substring(ARTICLE.length()), s.getResource("o").getURI().substring(ARTICLE.length()));
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    private static List<QuerySolution> select(String query) {
        String q = "PREFIX gk: <" + GK + ">\nPREFIX prov: <http://www.w3.org/ns/prov#>\n" + query;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                List<QuerySolution> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

    /**
     * A generated corpus with planted copies (generate --copies): the copies its manifest lists are found, each of
     * its original (dated earlier, though a copy's id sorts first), and nothing else — the generated articles of one
     * county, written from one set of templates, are not copies of one another.
     */
    @Test
    void the_planted_copies_of_a_generated_corpus_are_found_and_nothing_else(@TempDir Path tmp) throws Exception {
        org.govkg.generate.CorpusGenerator g = new org.govkg.generate.CorpusGenerator(Engines.get().gazetteer(), 3);
        g.write(tmp.resolve("gen"), 0, 60);
        g.writeCopies(tmp.resolve("gen"), 0, 60, 9);
        TreeSet<String> planted = new TreeSet<>(Files.readAllLines(tmp.resolve("gen").resolve(org.govkg.generate.CorpusGenerator.COPIES)));
        planted.remove("copy\toriginal");
        assertEquals(9, planted.size());
        assertEquals(planted, copyLinks(tmp.resolve("gen/articles"), tmp.resolve("db")));
    }

    /** The copy links ("copy\toriginal", by id) of a store built from {@code articles}, every article stored. */
    private static TreeSet<String> copyLinks(Path articles, Path db) throws Exception {
        TreeSet<String> links = new TreeSet<>();
        try (KgStore generated = KgStore.open(db)) {
            new Pipeline(Engines.get()).build(generated, new BuildOptions(generated.directory(), List.of(articles), 2, 4,
                    BuildOptions.DEFAULT_BASE, ReadOptions.DEFAULTS, false, false), r -> {
                if (!r.ok()) throw new AssertionError(r.source() + ": " + r.error());
            });
            generated.eachTriple(Engines.get().iris().linksGraph(), t -> {
                if (t.getPredicate().getURI().equals(GK + "copyOf"))
                    links.add(t.getSubject().getURI().substring(ARTICLE.length()) + "\t" + t.getObject().getURI().substring(ARTICLE.length()));
            });
        }
        return links;
    }

    /**
     * Two pairs of generated articles (seed 2026) that the estimate alone linked in the 100 000-article run: signings
     * of one county on one day from one template, only the company and the figures different, an estimated
     * containment of 0.72 and 0.733 but an exact one of 0.686 and 0.659. The exact test on the stored texts keeps
     * them apart.
     */
    @Test
    void articles_of_one_template_whose_names_and_figures_differ_are_not_copies(@TempDir Path tmp) throws Exception {
        org.govkg.generate.CorpusGenerator g = new org.govkg.generate.CorpusGenerator(Engines.get().gazetteer(), 2026);
        for (int n : List.of(46378, 80286, 82754, 90598)) g.write(tmp.resolve("gen"), n, n + 1);
        try (var files = Files.list(tmp.resolve("gen/articles"))) {
            assertEquals(4, files.count());
        }
        assertEquals(new TreeSet<>(), copyLinks(tmp.resolve("gen/articles"), tmp.resolve("db")));
    }

    @ParameterizedTest(name = "a copy with {0} is a copy of the article")
    @MethodSource("copies")
    void the_copy_is_found(String name, String id, UnaryOperator<String> make) {
        assertEquals("xindu-economy-2023h1", found.get(id), name + ": " + found);
    }

    @Test
    void nothing_else_is_a_copy_not_the_articles_of_one_district() {
        TreeSet<String> copies = new TreeSet<>();
        copies().forEach(a -> copies.add((String) a.get()[1]));
        assertEquals(copies, found.keySet());
    }

    @Test
    void every_copy_link_has_its_node_with_a_similarity_past_the_threshold() {
        List<QuerySolution> links = select("SELECT ?c ?o ?s WHERE { GRAPH ?g { ?l a gk:CopyLink ; gk:copy ?c ; gk:original ?o ; gk:similarity ?s } }");
        assertEquals(found.size(), links.size());
        for (QuerySolution s : links) assertTrue(s.getLiteral("s").getDouble() >= 0.7 && s.getLiteral("s").getDouble() <= 1, s.toString());
    }

    @Test
    void the_copies_figures_neither_corroborate_nor_conflict_with_the_originals() {
        List<QuerySolution> within = select("SELECT ?x ?y WHERE { VALUES ?p { gk:corroboratedBy gk:conflictsWith } GRAPH ?l { ?x ?p ?y } "
                + "GRAPH ?g { ?x prov:wasDerivedFrom ?a } GRAPH ?h { ?y prov:wasDerivedFrom ?b } "
                + "FILTER (STRSTARTS(STR(?a), \"" + ARTICLE + "xindu\") || STRSTARTS(STR(?b), \"" + ARTICLE + "xindu\")) }");
        assertEquals(List.of(), within);
        // the district's own articles still corroborate one another
        assertTrue(!select("SELECT ?x WHERE { GRAPH ?l { ?x gk:corroboratedBy ?y } }").isEmpty());
    }

    @Test
    void a_thing_only_the_copies_and_their_original_mention_is_counted_once() {
        List<QuerySolution> counted = select("SELECT ?e ?n WHERE { GRAPH ?l { ?e gk:documentCount ?n } "
                + "FILTER NOT EXISTS { GRAPH ?g { ?e gk:mentionedIn ?a } FILTER (!STRSTARTS(STR(?a), \"" + ARTICLE + "xindu\")) } }");
        assertEquals(List.of(), counted);
        assertTrue(!select("SELECT ?e WHERE { GRAPH ?g { ?e gk:mentionedIn <" + ARTICLE + "xindu-economy-2023h1> } GRAPH ?h { ?e gk:mentionedIn <"
                + ARTICLE + "xindu-economy-2023h1-headline> } }").isEmpty(), "the copies mention what the original mentions");
    }
}
