package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.govkg.ingest.ReadOptions;
import org.govkg.store.Exporter;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store built in steps — articles added, changed, removed — keeps gkr:graph/links and gkr:graph/void as a
 * recomputation over the whole store makes them, though each step only follows what it changed (DerivedGraphs). Each
 * case starts from an empty store (its ontology and gazetteer graphs written once, the directory copied), builds the
 * articles of {@code before}, then takes its steps; after every step the stored links must equal Links' recomputation
 * and the link the case is about ({@code property}) must be there or not as the step says, so each comparison is made
 * where the incremental path had something to add or take out. At the end the VoID graph must equal VoidGraph's
 * recomputation (which reads the whole store, the gazetteer's divisions included: once per case), and
 * {@code build --relink} must leave the store's export byte-identical. On the articles written for govkg: the
 * conflict ones (one district's figures that agree and disagree), the identity ones (one park and one project keyed by
 * articles of a city and of its district), and the bundled samples.
 */
class IncrementalLinksTest {
    private static final String BASE = BuildOptions.DEFAULT_BASE;
    private static final String ARTICLES = "src/test/resources/articles";
    private static final String SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    private static final String CORROBORATED = "https://w3id.org/govkg/ontology#corroboratedBy";
    private static final String CONFLICTS = "https://w3id.org/govkg/ontology#conflictsWith";
    private static final String DOCUMENT_COUNT = "https://w3id.org/govkg/ontology#documentCount";
    private static final String OUTCOME = "https://w3id.org/govkg/ontology#outcome";
    // a county's targets for 2024 (地区生产总值增长6.5%左右 …) and the bulletin that states what became of them
    private static final String TAIHE_TARGETS = "samples/articles/taihe-govreport-2024.txt", TAIHE_OUTCOMES = "samples/articles/taihe-bulletin-2024.txt";
    private static final String COPY_OF = "https://w3id.org/govkg/ontology#copyOf";

    // GDP and its growth: economy 1523.6亿元 6.1%, plenary 1524亿元 6.1% (equal within the rounding), briefing 1498.2亿元
    // 5.8%; retail sales: economy 412.3亿元, plenary 420.5亿元. The park and the battery project: named by the city's
    // article under 南京市 and by the district's under 江宁区; 黄陂区's park lies in another city.
    private static final String ECONOMY = ARTICLES + "/conflict/jiangning-economy-2024h1.txt",
            PLENARY = ARTICLES + "/conflict/jiangning-plenary-2024.txt", BRIEFING = ARTICLES + "/conflict/jiangning-briefing-2024.txt",
            CITY = ARTICLES + "/identity/nanjing-investment-2024.txt", GROUNDBREAKING = ARTICLES + "/identity/jiangning-groundbreaking-2024.txt",
            HUANGPI = ARTICLES + "/identity/huangpi-park-2024.txt";
    private static final String DISAGREES = "1498.2亿元，同比增长5.8%", AGREES = "1523.6亿元，同比增长6.1%";

    /** What a step does to the store: builds the folder after adding or editing files in it, or removes documents. */
    sealed interface Step permits Build, Remove {}

    /**
     * Copies {@code add} (paths from the project's folder) into the folder, applies the edits, and builds the folder
     * (unchanged files are skipped).
     */
    record Build(List<String> add, List<Edit> edits) implements Step {
        /** This build with one more edit of the last edit's file. */
        Build then(String from, String to) {
            List<Edit> more = new java.util.ArrayList<>(edits);
            more.add(new Edit(edits.get(edits.size() - 1).id(), from, to));
            return new Build(add, more);
        }
    }

    /** Replaces {@code from} by {@code to} in the folder's file named for the document id. */
    record Edit(String id, String from, String to) {}

    /** {@code remove --db DIR ID…}, and the files out of the folder. */
    record Remove(List<String> ids) implements Step {}

    private static Build add(String... articles) {
        return new Build(List.of(articles), List.of());
    }

    private static Build edit(String id, String from, String to) {
        return new Build(List.of(), List.of(new Edit(id, from, to)));
    }

    private static Remove remove(String... ids) {
        return new Remove(List.of(ids));
    }

    /** Whether the links graph holds a triple of the property. */
    enum Presence { ABSENT, PRESENT }

    /** A step and whether the links graph holds the case's property after it. */
    record Then(Step step, Presence links) {}

    private static Then then(Step step, Presence links) {
        return new Then(step, links);
    }

    static Stream<Arguments> cases() {
        var absent = Presence.ABSENT;
        var present = Presence.PRESENT;
        return Stream.of(
                // name, the property, built first, whether the property is there then, the steps
                Arguments.of("a corroboration appears with a second article stating the figure and goes with its removal",
                        CORROBORATED, List.of(add(ECONOMY)), absent,
                        List.of(then(add(PLENARY), present), then(remove("jiangning-plenary-2024"), absent))),
                Arguments.of("a thing's document count appears with a second article mentioning it and goes with the first's removal",
                        DOCUMENT_COUNT, List.of(add(ECONOMY)), absent,
                        List.of(then(add(PLENARY), present), then(remove("jiangning-economy-2024h1"), absent))),
                Arguments.of("a conflict appears with an article stating another figure, goes when it is changed to agree, "
                                + "comes back when changed back, goes with its removal",
                        CONFLICTS, List.of(add(PLENARY)), absent,
                        List.of(then(add(BRIEFING), present), then(edit("jiangning-briefing-2024", DISAGREES, AGREES), absent),
                                then(edit("jiangning-briefing-2024", AGREES, DISAGREES), present),
                                then(remove("jiangning-briefing-2024"), absent))),
                Arguments.of("owl:sameAs appears when a district's article keys the city's park and project again, stays when "
                                + "another city's article comes, goes with the city's article, comes back with it, goes when it is "
                                + "changed to name neither",
                        SAME_AS, List.of(add(CITY)), absent,
                        List.of(then(add(GROUNDBREAKING), present), then(add(HUANGPI), present),
                                then(remove("nanjing-investment-2024"), absent), then(add(CITY), present),
                                then(edit("nanjing-investment-2024", "恒拓动力电池项目等一批", "一批").then("江宁智能网联汽车产业园、", ""), absent))),
                Arguments.of("both corpora in steps: added, changed, removed, added back",
                        CONFLICTS, List.of(add(ECONOMY, CITY)), absent,
                        List.of(then(add(PLENARY, GROUNDBREAKING), present), then(add(BRIEFING), present),
                                then(edit("jiangning-briefing-2024", DISAGREES, AGREES), present),
                                then(remove("jiangning-economy-2024h1", "nanjing-investment-2024"), absent),
                                then(add(ECONOMY, CITY), present))),
                Arguments.of("one build that adds an article and changes another",
                        CORROBORATED, List.of(add(ECONOMY, PLENARY)), present,
                        List.of(then(new Build(List.of(BRIEFING), List.of(new Edit("jiangning-plenary-2024", "1524亿元", "1498.2亿元"))), present))),
                Arguments.of("a target's outcome appears with the bulletin that states it, stays when the bulletin's figure changes "
                                + "(the assessment with it), goes with the target's article, comes back with it, goes with the bulletin",
                        OUTCOME, List.of(add(TAIHE_TARGETS)), absent,
                        List.of(then(add(TAIHE_OUTCOMES), present), then(edit("taihe-bulletin-2024", "比上年增长6.0%", "比上年增长5.1%"), present),
                                then(remove("taihe-govreport-2024"), absent), then(add(TAIHE_TARGETS), present),
                                then(remove("taihe-bulletin-2024"), absent))),
                Arguments.of("a copy is linked to its original, the links move to the next copy when the original is removed and "
                                + "back when it comes again, a copy changed throughout is compared again, the copies' removal leaves "
                                + "none",
                        COPY_OF, List.of(add(XINDU)), absent,
                        List.of(then(add(made("headline", CopiesTest::newHeadline)), present),
                                then(add(made("tail-traditional", t -> CopiesTest.traditional(CopiesTest.cutTail(t)))), present),
                                then(remove("xindu-economy-2023h1"), present), then(add(XINDU), present),
                                then(edit("xindu-economy-2023h1-headline", "新都区", "某区").then("同比增长", "比上年增加")
                                        .then("亿元", "万吨").then("上半年", "前两季"), present),
                                then(remove("xindu-economy-2023h1-tail-traditional"), absent),
                                then(remove("xindu-economy-2023h1-headline"), absent))),
                Arguments.of("the samples, then two of them removed and one changed",
                        DOCUMENT_COUNT, List.of(add(samples())), present,
                        List.of(then(remove("nanhai-park-2024", "feidong-signing-2023"), present),
                                then(edit("xindu-economy-2023h1", "同比增长8.2%", "同比增长8.4%"), present))));
    }

    private static Path template;
    private static final String XINDU = "samples/articles/xindu-economy-2023h1.txt";

    /** A copy of the xindu sample made now (CopiesTest's ways), in target/, named for the sample and {@code how}. */
    private static String made(String how, java.util.function.UnaryOperator<String> make) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "incremental-copies"));
            Path out = dir.resolve("xindu-economy-2023h1-" + how + ".txt");
            Files.writeString(out, make.apply(Files.readString(Path.of(XINDU), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            return out.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An empty store with its ontology and gazetteer graphs, made once and copied for each case. */
    @BeforeAll
    static void emptyStore(@TempDir Path dir) throws Exception {
        template = dir.resolve("empty");
        Path none = dir.resolve("none");
        Files.createDirectories(none);
        try (KgStore store = KgStore.open(template)) {
            new Pipeline(Engines.get()).build(store, options(store, none, false), r -> {});
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_step_leaves_the_links_and_void_of_a_whole_recomputation(String name, String property, List<Step> before, Presence was,
                                                                       List<Then> steps, @TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        copy(template, dir.resolve("db"));
        Pipeline pipeline = new Pipeline(Engines.get());
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            for (Step s : before) take(s, store, pipeline, in);
            assertEquals(was, presence(store, property), name + ": before the steps");
            assertLinksAsWhole(store, name + ": before the steps");
            for (Then t : steps) {
                assertFalse(new DerivedGraphs(Engines.get(), store, false).whole(), name + ": " + t.step() + " follows what it changes");
                take(t.step(), store, pipeline, in);
                assertEquals(t.links(), presence(store, property), name + ": after " + t.step());
                assertLinksAsWhole(store, name + ": after " + t.step());
            }
            assertVoidAsWhole(store, name);

            byte[] followed = export(store);
            pipeline.build(store, options(store, in, true), r -> {
                if (!r.unchanged()) throw new AssertionError(r.source() + " is not unchanged");
            });
            assertArrayEquals(followed, export(store), name + ": build --relink changes nothing");
        }
    }

    private static void take(Step step, KgStore store, Pipeline pipeline, Path in) throws IOException {
        if (step instanceof Build b) {
            for (String a : b.add()) Files.copy(Path.of(a), in.resolve(Path.of(a).getFileName()));
            for (Edit e : b.edits()) {
                Path file = in.resolve(e.id() + ".txt");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(text.contains(e.from()), e + ": the text to replace");
                Files.writeString(file, text.replace(e.from(), e.to()), StandardCharsets.UTF_8);
            }
            pipeline.build(store, options(store, in, false), r -> {
                if (!r.ok()) throw new AssertionError(r.source() + ": " + r.error());
            });
        } else if (step instanceof Remove r) {
            assertEquals(List.of(), pipeline.remove(store, r.ids()), "the removed documents were stored");
            for (String id : r.ids()) Files.delete(in.resolve(id + ".txt"));
        }
    }

    private static BuildOptions options(KgStore store, Path in, boolean relink) {
        return new BuildOptions(store.directory(), List.of(in), 2, 4, BASE, ReadOptions.DEFAULTS, false, relink);
    }

    private static void assertLinksAsWhole(KgStore store, String what) {
        Engine engine = Engines.get();
        Set<String> stored = new TreeSet<>(), whole = new TreeSet<>();
        store.eachTriple(engine.iris().linksGraph(), t -> stored.add(t.toString()));
        store.read(dsg -> new Links(engine.gazetteer(), BASE).compute(dsg, t -> whole.add(KgStore.asStored(t).toString())));
        assertEquals(String.join("\n", whole), String.join("\n", stored), what + ": gkr:graph/links");
    }

    /** The VoID description counts the links graph: recomputed over a store whose links were just compared. */
    private static void assertVoidAsWhole(KgStore store, String what) {
        Engine engine = Engines.get();
        Set<String> stored = new TreeSet<>(), whole = new TreeSet<>();
        store.eachTriple(engine.iris().voidGraph(), t -> stored.add(t.toString()));
        store.read(dsg -> new VoidGraph(BASE).compute(dsg, t -> whole.add(KgStore.asStored(t).toString())));
        assertEquals(String.join("\n", whole), String.join("\n", stored), what + ": gkr:graph/void");
    }

    private static Presence presence(KgStore store, String property) {
        Node p = NodeFactory.createURI(property);
        boolean any = Txn.calculateRead(store.dataset(),
                () -> store.dataset().find(Engines.get().iris().linksGraph(), Node.ANY, p, Node.ANY).hasNext());
        return any ? Presence.PRESENT : Presence.ABSENT;
    }

    private static byte[] export(KgStore store) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store.dataset(), Exporter.Format.NQ, out);
        return out.toByteArray();
    }

    private static String[] samples() {
        try (var files = Files.list(Path.of("samples/articles"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toArray(String[]::new);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
