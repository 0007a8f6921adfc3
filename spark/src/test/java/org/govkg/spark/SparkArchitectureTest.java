package org.govkg.spark;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job's architecture, as the main module's ArchitectureTest states govkg's: the job is a driver of
 * govkg's extraction, not a second pipeline. The ArchUnit engine runs the {@code @ArchTest} rules on the job's
 * main classes; Jupiter shows each rule rejecting its fixtures ({@code org.govkg.spark.archfixtures}, test
 * classes that the rules on the job never import).
 */
@AnalyzeClasses(packages = "org.govkg.spark", importOptions = SparkArchitectureTest.MainClassesOnly.class)
class SparkArchitectureTest {
    private static final String FIXTURES = "org.govkg.spark.archfixtures";

    /** The job's main classes: not from a test-classes directory, whatever the build directory is called. */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("/org/govkg/spark/archfixtures/");
        }
    }

    /**
     * The job reads its inputs as govkg does (ingest: DocumentReader, ReadOptions) and runs govkg's public entry
     * points to the extraction (pipeline: Engine, Extract, BuildOptions, DocumentResult). The stages inside (nlp,
     * extract, resolve, rdf) are the pipeline's business; the store, the server and the command line are not the
     * job's at all.
     */
    @ArchTest
    static final ArchRule the_job_uses_govkg_through_ingest_and_pipeline_only =
            noClasses().that().resideInAPackage("org.govkg.spark..")
                       .should().dependOnClassesThat(resideInAPackage("org.govkg..")
                               .and(resideOutsideOfPackages("org.govkg.spark..", "org.govkg.ingest..", "org.govkg.pipeline..")))
                       .as("the Spark job uses govkg through ingest and pipeline only");

    /**
     * No TDB2, no Fuseki and no HanLP in the job itself: it writes the files of {@code extract --out} (a store
     * loads them later) and leaves the segmenter to govkg. The pom keeps TDB2 and Fuseki off the job's classpath
     * too (so no fixture here can use them: it would not compile); this rule is what still holds if the pom changes.
     */
    @ArchTest
    static final ArchRule the_job_uses_no_store_no_server_and_no_hanlp =
            noClasses().that().resideInAPackage("org.govkg.spark..")
                       .should().dependOnClassesThat().resideInAnyPackage(
                               "org.apache.jena.tdb2..", "org.apache.jena.tdb1..", "org.apache.jena.fuseki..", "com.hankcs..")
                       .as("the Spark job uses no TDB2, no Fuseki and no HanLP");

    /** A rule over no class passes without looking: the import must hold the job. */
    @ArchTest
    static void the_job_is_imported(JavaClasses job) {
        assertTrue(job.contain(SparkExtract.class), "SparkExtract is imported");
        assertTrue(job.stream().noneMatch(c -> c.getName().startsWith(FIXTURES)), "fixtures are not the job's classes");
    }

    /** One rule on the fixtures: the classes it must reject and those it must let pass, each evaluated on its own. */
    record FixtureCase(String behaviour, ArchRule rule, List<String> rejected, List<String> accepted) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    static Stream<FixtureCase> fixtureCases() {
        return Stream.of(
                new FixtureCase("a job class that reads a recogniser's gazetteer itself is rejected",
                        the_job_uses_govkg_through_ingest_and_pipeline_only,
                        List.of("ReadsTheGazetteer"), List.of("RunsTheExtraction", "SegmentsWithHanLP")),
                new FixtureCase("a job class that segments with HanLP itself is rejected",
                        the_job_uses_no_store_no_server_and_no_hanlp,
                        List.of("SegmentsWithHanLP"), List.of("ReadsTheGazetteer", "RunsTheExtraction")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureCases")
    void each_rule_rejects_its_fixtures(FixtureCase c) {
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);
        List<String> rejected = new ArrayList<>(), all = new ArrayList<>();
        for (JavaClass top : fixtures) {
            if (top.isNestedClass() || top.getSimpleName().equals("package-info")) continue;
            all.add(top.getSimpleName());
            if (c.rule().evaluate(fixtures.that(belongsTo(top.getName()))).hasViolation()) rejected.add(top.getSimpleName());
        }
        assertEquals(sorted(c.rejected()), sorted(rejected), () -> c.rule().evaluate(fixtures).getFailureReport().toString());
        List<String> expectedAll = new ArrayList<>(c.rejected());
        expectedAll.addAll(c.accepted());
        assertEquals(sorted(expectedAll), sorted(all), "the case names every fixture class");
    }

    private static DescribedPredicate<JavaClass> belongsTo(String className) {
        return DescribedPredicate.describe(className, c -> c.getName().equals(className) || c.getName().startsWith(className + "$"));
    }

    private static List<String> sorted(List<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }
}
