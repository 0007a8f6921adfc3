package org.govkg.rdf;

import org.govkg.build.ExtractionDigest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The extraction activity is named by the version and the digest the build wrote of this very tree (sources,
 * rules, ontology, library versions): a changed rule or source gives a new activity, so the next build of a
 * store extracts every document again.
 */
class ExtractionActivityTest {
    private static final Iris IRIS = new Iris("https://w3id.org/govkg/id/");

    private static String pomProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(Path.of("pom.xml")));
        if (!m.find()) throw new AssertionError("no " + name + " in pom.xml");
        return m.group(1);
    }

    @Test
    void the_jar_carries_the_digest_of_this_tree_and_the_pom_library_versions() throws IOException {
        String expected = ExtractionDigest.of(Path.of("").toAbsolutePath(),
                Map.of("hanlp", pomProperty("hanlp.version"), "jena", pomProperty("jena.version")));
        assertEquals(expected, Ontology.buildDigest());
    }

    @Test
    void the_activity_is_named_by_the_version_and_the_first_twelve_digits_of_the_digest() {
        String digest = "0123456789ab".repeat(5) + "cdef";
        assertEquals("https://w3id.org/govkg/id/activity/" + Ontology.VERSION + "-0123456789ab",
                new Ontology(IRIS, digest).activity().getURI());
    }

    @Test
    void another_digest_names_another_activity() {
        assertNotEquals(new Ontology(IRIS, "a".repeat(64)).activity(), new Ontology(IRIS, "b".repeat(64)).activity());
        assertEquals(new Ontology(IRIS).activity(), new Ontology(IRIS, Ontology.buildDigest()).activity());
    }

    @Test
    void a_digest_that_is_not_sha256_hex_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Ontology(IRIS, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new Ontology(IRIS, "A".repeat(64)));
    }
}
