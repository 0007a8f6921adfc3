package org.govkg.rdf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The activity's name must change whenever anything that decides what is extracted changes: every rule file is hashed. */
class RulesHashTest {
    @Test
    void every_rule_lexicon_and_gazetteer_file_is_in_the_rules_hash() throws IOException {
        Set<String> files = new TreeSet<>();
        for (String dir : new String[]{"rules", "lexicon", "gazetteer"}) {
            Path root = Path.of("src/main/resources/org/govkg", dir);
            try (Stream<Path> s = Files.list(root)) {
                s.filter(p -> p.toString().endsWith(".tsv")).forEach(p -> files.add("/org/govkg/" + dir + "/" + p.getFileName()));
            }
        }
        Set<String> hashed = new TreeSet<>(Ontology.RULE_FILES);
        hashed.removeIf(f -> f.startsWith("/org/govkg/ontology/"));
        assertEquals(files, hashed);
    }
}
