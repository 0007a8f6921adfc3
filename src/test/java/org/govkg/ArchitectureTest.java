package org.govkg;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.govkg.ArchitectureRules.Exemption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link ArchitectureRules} on govkg's compiled main classes (the ArchUnit engine runs the
 * {@code @ArchTest} members; the test classes, fixtures included, are not imported), and each rule shown to
 * reject its fixtures (Jupiter imports the fixture packages under {@code org.govkg.archfixtures} on their own).
 */
@AnalyzeClasses(packages = ArchitectureTest.GOVKG, importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {
    /**
     * govkg's main classes: not from a test-classes directory, whatever the build directory is called
     * ({@code -DbuildDir=target-x}, which ArchUnit's own DoNotIncludeTests, matching {@code target/test-classes}, misses).
     */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("/org/govkg/archfixtures/");
        }
    }

    static final String GOVKG = "org.govkg";
    private static final String FIXTURES = "org.govkg.archfixtures";

    @ArchTest
    static final ArchRule stages_use_only_the_stages_before_them = ArchitectureRules.stageOrder(GOVKG);

    @ArchTest
    static final ArchRule hanlp_is_used_in_nlp_only = ArchitectureRules.hanlpOnlyInNlp(GOVKG);

    @ArchTest
    static final ArchRule no_jena_before_rdf = ArchitectureRules.noJenaBeforeRdf(GOVKG);

    @ArchTest
    static final ArchRule tdb2_is_used_in_store_and_the_named_exemptions_only =
            ArchitectureRules.tdb2OnlyInStore(GOVKG, ArchitectureRules.TDB2_OUTSIDE_STORE);

    @ArchTest
    static final ArchRule no_string_maps_in_the_records_between_stages =
            ArchitectureRules.noStringMapsBetweenStages(GOVKG, ArchitectureRules.STRING_MAPS_BETWEEN_STAGES);

    /** An exemption that no longer breaks its rule is removed, so that the lists only shrink. */
    @ArchTest
    static void every_exemption_still_breaks_its_rule(JavaClasses govkg) {
        List<String> stale = new ArrayList<>();
        stale.addAll(stale(govkg, e -> ArchitectureRules.tdb2OnlyInStore(GOVKG, e), ArchitectureRules.TDB2_OUTSIDE_STORE));
        stale.addAll(stale(govkg, e -> ArchitectureRules.noStringMapsBetweenStages(GOVKG, e), ArchitectureRules.STRING_MAPS_BETWEEN_STAGES));
        assertEquals(List.of(), stale);
    }

    /** Every stage has classes: a rule over an empty stage (a renamed package) would pass without looking. */
    @ArchTest
    static void every_stage_of_the_rules_has_classes(JavaClasses govkg) {
        List<String> empty = new TreeSet<>(ArchitectureRules.ALLOWED.keySet()).stream()
                .filter(s -> govkg.stream().noneMatch(c -> c.getPackageName().startsWith(GOVKG + "." + s))).toList();
        assertEquals(List.of(), empty);
        assertTrue(govkg.stream().noneMatch(c -> c.getName().startsWith(FIXTURES)), "fixtures are not govkg's classes");
    }

    @Test
    void only_text_layout_defines_sentence_ends() {
        assertEquals(List.of(), ArchitectureRules.sentenceEndViolations(Path.of("src/main/java/org/govkg"),
                ArchitectureRules.SENTENCE_ENDS_OUTSIDE_TEXT_LAYOUT));
    }

    // ---- each rule rejects its fixtures ----

    /**
     * One rule on one fixture package: the classes it must reject and those it must let pass (names relative to
     * the fixture root), each evaluated on its own; together they are every class of the package.
     */
    record FixtureCase(String behaviour, String root, Function<String, ArchRule> rule, List<String> rejected, List<String> accepted) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    static Stream<FixtureCase> fixtureCases() {
        return Stream.of(
                new FixtureCase("a stage that uses a later stage, or a class in no stage, breaks the stage order", "stages",
                        ArchitectureRules::stageOrder,
                        List.of("ingest.ReachesForward", "resolve.ReachesIntoTheStore", "util.Helper"),
                        List.of("extract.Recognizer", "ingest.Reader", "pipeline.Composes")),
                new FixtureCase("HanLP outside nlp is rejected", "hanlp",
                        ArchitectureRules::hanlpOnlyInNlp,
                        List.of("extract.SegmentsItself"),
                        List.of("nlp.Segmenter")),
                new FixtureCase("Jena before rdf is rejected", "jena",
                        ArchitectureRules::noJenaBeforeRdf,
                        List.of("resolve.MakesNodes", "ingest.ParsesRdf"),
                        List.of("rdf.Mapper", "extract.PlainJava")),
                new FixtureCase("TDB2 outside store and its named exemptions is rejected", "tdb2",
                        root -> ArchitectureRules.tdb2OnlyInStore(root, ArchitectureRules.TDB2_OUTSIDE_STORE),
                        List.of("pipeline.ReachesAroundTheStore", "server.OpensItsOwnDatabase"),
                        List.of("store.Store", "server.KgServer", "server.UsesADatasetGraph")),
                new FixtureCase("a string map in a record between stages is rejected, but the named exemptions", "contracts",
                        root -> ArchitectureRules.noStringMapsBetweenStages(root, List.of(new Exemption("extract.Mention.attrs", "fixture"))),
                        List.of("extract.Tagged", "resolve.Grouped", "ingest.Headers"),
                        List.of("extract.Mention", "nlp.Counts", "extract.Scratch", "extract.Holder", "rdf.Row")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureCases")
    void each_rule_rejects_its_fixtures(FixtureCase c) {
        String root = FIXTURES + "." + c.root();
        JavaClasses fixtures = new ClassFileImporter().importPackages(root);
        ArchRule rule = c.rule().apply(root);
        List<String> rejected = new ArrayList<>(), all = new ArrayList<>();
        for (JavaClass top : fixtures) {
            if (top.isNestedClass() || top.getSimpleName().equals("package-info")) continue;
            String name = top.getName().substring(root.length() + 1);
            all.add(name);
            if (rule.evaluate(fixtures.that(belongsTo(top.getName()))).hasViolation()) rejected.add(name);
        }
        assertEquals(sorted(c.rejected()), sorted(rejected), () -> rule.evaluate(fixtures).getFailureReport().toString());
        List<String> expectedAll = new ArrayList<>(c.rejected());
        expectedAll.addAll(c.accepted());
        assertEquals(sorted(expectedAll), sorted(all), "the case names every fixture class");
        assertTrue(rule.evaluate(fixtures).hasViolation());
    }

    /** The sources of the sentence-end fixtures: which define sentence ends, and what the rule says of them. */
    @Test
    void the_sentence_end_scan_rejects_its_fixtures() {
        Path dir = Path.of("src/test/java/org/govkg/archfixtures/sentences");
        assertEquals(List.of("extract.EscapesTheMarks", "extract.ReordersTheMarks", "extract.SplitsOnItsOwn",
                             "ingest.TextLayout", "resolve.ListedAsExempt"),
                List.copyOf(ArchitectureRules.sentenceEndDefiners(dir)));
        List<Exemption> exemptions = List.of(new Exemption("resolve.ListedAsExempt", "fixture"),
                                             new Exemption("server.NoLongerScans", "fixture"));
        assertEquals(List.of(
                "extract.EscapesTheMarks defines sentence ends (a literal with 。！？): use ingest.TextLayout",
                "extract.ReordersTheMarks defines sentence ends (a literal with 。！？): use ingest.TextLayout",
                "extract.SplitsOnItsOwn defines sentence ends (a literal with 。！？): use ingest.TextLayout",
                "server.NoLongerScans is exempted but defines no sentence ends: remove the exemption"),
                ArchitectureRules.sentenceEndViolations(dir, exemptions));
        assertEquals(List.of("ingest.TextLayout defines no sentence ends"),
                ArchitectureRules.sentenceEndViolations(dir.resolve("server"), List.of()));
    }

    private static List<String> stale(JavaClasses govkg, Function<List<Exemption>, ArchRule> rule, List<Exemption> exemptions) {
        // the rule without its exemptions must report each of them (a violation's first <…> names where it is)
        List<String> details = rule.apply(List.of()).evaluate(govkg).getFailureReport().getDetails();
        List<String> stale = new ArrayList<>();
        for (Exemption e : exemptions) {
            String name = GOVKG + "." + e.name();
            boolean breaks = details.stream().anyMatch(d -> {
                int at = d.indexOf('<');
                return at >= 0 && d.startsWith(name, at + 1) && ".$>".indexOf(d.charAt(at + 1 + name.length())) >= 0;
            });
            if (!breaks) stale.add(e.name() + " is exempted but breaks no rule: remove the exemption");
        }
        return stale;
    }

    private static DescribedPredicate<JavaClass> belongsTo(String className) {
        return DescribedPredicate.describe(className,
                c -> c.getName().equals(className) || c.getName().startsWith(className + "$"));
    }

    private static List<String> sorted(List<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }
}
