package org.govkg;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Data flows one way: ingest → nlp → extract → resolve → rdf → store, composed by pipeline and
 * driven by cli. Each package may use only the packages listed for it; HanLP stays in nlp, and RDF
 * (Jena) appears only from rdf on. Read from the sources, so a new import that breaks the flow fails here.
 */
class ArchitectureTest {
    private static final Path SRC = Path.of("src/main/java/org/govkg");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("ingest", Set.of()),
            Map.entry("nlp", Set.of()),
            Map.entry("extract", Set.of("ingest", "nlp")),
            Map.entry("resolve", Set.of("ingest", "extract")),
            Map.entry("rdf", Set.of("ingest", "extract", "resolve")),
            Map.entry("store", Set.of("rdf")),
            Map.entry("server", Set.of("ingest", "rdf", "store")),  // vocabulary and IRIs; the pages search through store.TextSearch
            Map.entry("pipeline", Set.of("ingest", "nlp", "extract", "resolve", "rdf", "store")),
            Map.entry("eval", Set.of("ingest", "rdf")),
            Map.entry("generate", Set.of("extract")),
            Map.entry("bench", Set.of("ingest", "nlp", "extract", "generate", "pipeline", "store", "server")),
            Map.entry("cli", Set.of("ingest", "pipeline", "store", "server", "eval", "rdf", "generate", "extract", "bench")));
    private static final Pattern USE = Pattern.compile("org\\.govkg\\.([a-z]+)\\.");

    @Test
    void packages_use_only_the_stages_before_them() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var e : ALLOWED.entrySet()) {
            for (Path f : sources(SRC.resolve(e.getKey()))) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(e.getKey()) && !e.getValue().contains(used)) violations.add(f + " uses " + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void hanlp_is_used_in_nlp_only_and_jena_from_rdf_on() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : sources(SRC)) {
            String pkg = SRC.relativize(f).getName(0).toString(), text = Files.readString(f);
            if (text.contains("com.hankcs") && !pkg.equals("nlp")) violations.add(f + " uses HanLP");
            if (text.contains("org.apache.jena") && Set.of("ingest", "nlp", "extract", "resolve").contains(pkg)) violations.add(f + " uses Jena");
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void every_package_is_placed_in_the_flow() throws IOException {
        try (Stream<Path> s = Files.list(SRC)) {
            List<String> unplaced = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(p -> !ALLOWED.containsKey(p)).toList();
            assertEquals(List.of(), unplaced);
        }
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
