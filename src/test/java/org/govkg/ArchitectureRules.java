package org.govkg;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * govkg's architecture as rules. Each rule is a function of the root package, so that the very rule checked on
 * the real code (root {@code org.govkg}, {@link ArchitectureTest}) is also shown to reject the fixtures that break
 * it (roots under {@code org.govkg.archfixtures}, laid out as a small govkg: {@code ROOT.ingest}, {@code ROOT.nlp}…).
 *
 * <p>Exemptions are named here, one class (or record component) each with the reason, never a whole package; a
 * rule that an exempted class no longer breaks fails too (see {@link ArchitectureTest}), so the lists only shrink.
 * Names are relative to the root: {@code server.KgServer} is {@code org.govkg.server.KgServer}.
 */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /**
     * Data flows one way: ingest → nlp → extract → resolve → rdf → store, composed by pipeline and driven by cli.
     * Each stage may use only the stages listed for it (and itself); every class belongs to one of them.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("ingest", Set.of()),
            Map.entry("nlp", Set.of()),
            Map.entry("extract", Set.of("ingest", "nlp")),
            Map.entry("resolve", Set.of("ingest", "extract")),
            Map.entry("rdf", Set.of("ingest", "extract", "resolve")),
            Map.entry("store", Set.of("rdf")),
            // vocabulary and IRIs; the pages search through store.TextSearch; sentences through ingest.TextLayout
            Map.entry("server", Set.of("ingest", "rdf", "store")),
            Map.entry("pipeline", Set.of("ingest", "nlp", "extract", "resolve", "rdf", "store")),
            Map.entry("eval", Set.of("ingest", "rdf")),
            // the gazetteer and lexicons; nlp's s2t for copies in traditional characters
            Map.entry("generate", Set.of("extract", "nlp")),
            Map.entry("bench", Set.of("ingest", "nlp", "extract", "generate", "pipeline", "store", "server")),
            Map.entry("cli", Set.of("ingest", "pipeline", "store", "server", "eval", "rdf", "generate", "extract", "bench")));

    /** The stages before RDF: what they hand on is plain Java, so none of them may see Jena. */
    static final List<String> BEFORE_RDF = List.of("ingest", "nlp", "extract", "resolve");

    /** One exempted class, or record component ({@code extract.Mention.attrs}), and why it may break the rule. */
    record Exemption(String name, String why) {}

    /**
     * The classes outside store/ that may use TDB2 itself, not only Jena's dataset interfaces. pipeline/ and cli/
     * use none (they reach the store through store/), and the narrow store interface (issue 19, item 5) keeps it so.
     */
    static final List<Exemption> TDB2_OUTSIDE_STORE = List.of(
            // the server's dataset wiring: the SPARQL union default graph is TDB2's query engine at work
            new Exemption("server.KgServer", "refuses a dataset that is not TDB2 (TDBInternal.isBackedByTDB)"),
            new Exemption("server.DatasetEndpoints", "sets TDB2.symUnionDefaultGraph in each query's context"),
            new Exemption("server.DatasetSummary", "counts the union graph with TDB2.symUnionDefaultGraph"),
            new Exemption("server.ServiceDescriptionFilter", "TDB2's count of write transactions dates the data"),
            // the bench's anchor: govkg's store writes are measured against TDB2's own bulk loader
            new Exemption("bench.Benchmark", "runs TDB2's parallel bulk loader, the anchor of the store-write row"));

    /**
     * The record components between stages that may be string maps: none since mentions, entities and documents
     * carry typed facts (issue 19, item 4: extract.MentionFacts, resolve.EntityFacts, resolve.ReportTitle); a new
     * one fails.
     */
    static final List<Exemption> STRING_MAPS_BETWEEN_STAGES = List.of();

    /**
     * The sources besides ingest/TextLayout that may spell the sentence marks out: none since every stage
     * reads its bounds from TextLayout (issue 19, item 2); a new one fails.
     */
    static final List<Exemption> SENTENCE_ENDS_OUTSIDE_TEXT_LAYOUT = List.of();

    /** The one class that defines where a sentence ends (relative to the root). */
    static final String TEXT_LAYOUT = "ingest.TextLayout";

    /** Each stage uses only the stages before it, and every class is in a stage. */
    static ArchRule stageOrder(String root) {
        LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String stage : new TreeSet<>(ALLOWED.keySet())) arch = arch.layer(stage).definedBy(root + "." + stage + "..");
        for (String stage : new TreeSet<>(ALLOWED.keySet())) {
            Set<String> allowed = ALLOWED.get(stage);
            arch = allowed.isEmpty() ? arch.whereLayer(stage).mayNotAccessAnyLayer()
                                     : arch.whereLayer(stage).mayOnlyAccessLayers(new TreeSet<>(allowed).toArray(String[]::new));
        }
        // package-info carries the package's Javadoc, no code
        return arch.ensureAllClassesAreContainedInArchitectureIgnoring(
                        DescribedPredicate.describe("package-info", c -> c.getSimpleName().equals("package-info")))
                   .as("stages use only the stages before them, and every class is in a stage")
                   .allowEmptyShould(true);
    }

    /** HanLP is one implementation of nlp/'s tokens; nothing else may depend on it. */
    static ArchRule hanlpOnlyInNlp(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".nlp..")
                          .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                          .as("HanLP (com.hankcs..) is used in nlp only")
                          .allowEmptyShould(true);
    }

    /** Jena appears from rdf on: what ingest, nlp, extract and resolve hand on is plain Java. */
    static ArchRule noJenaBeforeRdf(String root) {
        return noClasses().that().resideInAnyPackage(BEFORE_RDF.stream().map(s -> root + "." + s + "..").toArray(String[]::new))
                          .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                          .as("no Jena (org.apache.jena..) before rdf: " + String.join(", ", BEFORE_RDF))
                          .allowEmptyShould(true);
    }

    /** The store is the one user of TDB2, apart from the named exemptions (which say why). */
    static ArchRule tdb2OnlyInStore(String root, List<Exemption> exemptions) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".store..")
                          .and(notExempted(root, exemptions))
                          .should().dependOnClassesThat().resideInAPackage("org.apache.jena.tdb2..")
                          .as("TDB2 (org.apache.jena.tdb2..) is used in store only, and by " + names(exemptions))
                          .allowEmptyShould(true);
    }

    /**
     * The public records of ingest, nlp, extract and resolve are what passes between stages: none of their
     * components may be (or contain, as in {@code List<Map<String, String>>}) a map from string to string, an
     * untyped bag whose keys no compiler checks. Maps of other types, package-private records and classes that
     * are not records are not contracts between stages and are left alone.
     */
    static ArchRule noStringMapsBetweenStages(String root, List<Exemption> exemptions) {
        return classes().that().resideInAnyPackage(BEFORE_RDF.stream().map(s -> root + "." + s + "..").toArray(String[]::new))
                        .and(DescribedPredicate.describe("are public records", c -> c.isRecord() && c.getModifiers().contains(JavaModifier.PUBLIC)))
                        .should(haveNoStringMapComponents(root, exemptions))
                        .as("the public records of " + String.join(", ", BEFORE_RDF) + " have no Map<String, String> component, but "
                            + names(exemptions))
                        .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> haveNoStringMapComponents(String root, List<Exemption> exemptions) {
        Set<String> exempt = new TreeSet<>();
        for (Exemption e : exemptions) exempt.add(root + "." + e.name());
        return new ArchCondition<>("have no Map<String, String> component") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                for (JavaField f : record.getFields()) {
                    // a record's instance fields are exactly its components
                    if (f.getModifiers().contains(JavaModifier.STATIC) || !containsStringMap(f.getType())) continue;
                    String name = record.getName() + "." + f.getName();
                    if (!exempt.contains(name))
                        events.add(SimpleConditionEvent.violated(record, "Record component <" + name + "> is of type "
                                + f.getType().getName() + ", a map from string to string"));
                }
            }
        };
    }

    /** Whether {@code type} is a Map<String, String> (or a subtype such as SortedMap), or has one as a type argument. */
    private static boolean containsStringMap(JavaType type) {
        if (type instanceof JavaParameterizedType p) {
            List<JavaType> args = p.getActualTypeArguments();
            if (isMap(p.toErasure().getName()) && args.size() == 2
                && args.stream().allMatch(a -> a.toErasure().getName().equals(String.class.getName()))
                && args.stream().noneMatch(a -> a instanceof JavaWildcardType))
                return true;
            return args.stream().anyMatch(ArchitectureRules::containsStringMap);
        }
        if (type instanceof JavaWildcardType w)
            return w.getUpperBounds().stream().anyMatch(ArchitectureRules::containsStringMap);
        return false;
    }

    /**
     * Whether the class named is a {@link Map}, asked of the JVM: the import leaves classes outside govkg as stubs
     * that know no supertypes (archunit.properties), so {@code JavaClass.isAssignableTo} would miss SortedMap.
     */
    private static boolean isMap(String className) {
        try {
            return Map.class.isAssignableFrom(Class.forName(className, false, ArchitectureRules.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static DescribedPredicate<JavaClass> notExempted(String root, List<Exemption> exemptions) {
        List<String> classNames = exemptions.stream().map(e -> root + "." + e.name()).toList();
        // a class's nested and anonymous classes belong to it
        return DescribedPredicate.describe("are not " + names(exemptions), c -> classNames.stream()
                .noneMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
    }

    private static String names(List<Exemption> exemptions) {
        return exemptions.isEmpty() ? "nothing else" : String.join(", ", exemptions.stream().map(Exemption::name).toList());
    }

    // ---- one class defines sentence ends: a scan of the sources ----
    //
    // This one rule reads the sources, not the classes: ArchUnit sees what a class depends on, not the values of
    // its string literals, and javac copies a constant such as TextLayout.SENTENCE_ENDS into every class that
    // uses it, so the bytes cannot tell the definition from a use. A definition of sentence ends is a string
    // literal (a text block too, unicode escapes decoded) with the three marks 。！？ side by side in any order;
    // comments do not count, nor a literal that lists them among other punctuation (，。；：！？).

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u+([0-9a-fA-F]{4})");
    private static final Pattern MARKS = Pattern.compile("[。！？]{3,}");

    /**
     * What breaks the rule under {@code sourceDir} (the directory of the root package): each source other than
     * TextLayout and the exempted ones that defines sentence ends, each exempted one that no longer does, and
     * TextLayout if it does not. Empty when the rule holds.
     */
    static List<String> sentenceEndViolations(Path sourceDir, List<Exemption> exemptions) {
        Set<String> definers = sentenceEndDefiners(sourceDir);
        Set<String> exempt = new TreeSet<>();
        for (Exemption e : exemptions) exempt.add(e.name());
        List<String> violations = new ArrayList<>();
        for (String d : definers)
            if (!d.equals(TEXT_LAYOUT) && !exempt.contains(d))
                violations.add(d + " defines sentence ends (a literal with 。！？): use " + TEXT_LAYOUT);
        for (String e : exempt)
            if (!definers.contains(e)) violations.add(e + " is exempted but defines no sentence ends: remove the exemption");
        if (!definers.contains(TEXT_LAYOUT)) violations.add(TEXT_LAYOUT + " defines no sentence ends");
        return violations;
    }

    /** The sources under {@code sourceDir} that define sentence ends, as class names relative to it. */
    static Set<String> sentenceEndDefiners(Path sourceDir) {
        Set<String> definers = new TreeSet<>();
        try (Stream<Path> s = Files.walk(sourceDir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String literal : stringLiterals(Files.readString(f))) {
                    if (definesSentenceEnds(literal)) {
                        String rel = sourceDir.relativize(f).toString().replace('\\', '/');
                        definers.add(rel.substring(0, rel.length() - ".java".length()).replace('/', '.'));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return definers;
    }

    static boolean definesSentenceEnds(String literal) {
        Matcher m = MARKS.matcher(literal);
        while (m.find())
            if (m.group().contains("。") && m.group().contains("！") && m.group().contains("？")) return true;
        return false;
    }

    /** The string literals and text blocks of a Java source, comments and char literals skipped; escapes kept as written. */
    static List<String> stringLiterals(String source) {
        String src = UNICODE_ESCAPE.matcher(source).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + (char) Integer.parseInt(m.group(2), 16)));
        List<String> literals = new ArrayList<>();
        int i = 0, n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int eol = src.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = closing(src, i + 3, "\"\"\"");
                literals.add(src.substring(i + 3, end));
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int end = closing(src, i + 1, String.valueOf(c));
                if (c == '"') literals.add(src.substring(i + 1, end));
                i = Math.min(n, end + 1);
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The offset of the first unescaped {@code quote} at or after {@code from} (or the end of the source). */
    private static int closing(String src, int from, String quote) {
        for (int i = from; i < src.length(); i++) {
            if (src.charAt(i) == '\\') i++;
            else if (src.startsWith(quote, i)) return i;
        }
        return src.length();
    }
}
