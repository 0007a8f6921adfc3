package org.govkg.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;

/**
 * The pages' Chinese names for vocabulary terms that their own vocabularies name only in English, and the inverse
 * phrasing of properties read from the object's side, from {@code term-labels.tsv} (one term a line: prefixed name,
 * label, inverse). Data, not code: a new term is one line.
 */
final class TermLabels {
    private final Map<String, String> labels = new HashMap<>(), inverses = new HashMap<>();

    TermLabels(PrefixMapping prefixes) {
        try (InputStream in = TermLabels.class.getResourceAsStream("/org/govkg/server/term-labels.tsv")) {
            if (in == null) throw new IllegalStateException("term-labels.tsv missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                String iri = prefixes.expandPrefix(c[0]);
                if (iri.equals(c[0])) throw new IllegalStateException("term-labels.tsv: unknown prefix in " + c[0]);
                if (c.length > 1 && !c[1].isBlank()) labels.put(iri, c[1].strip());
                if (c.length > 2 && !c[2].isBlank()) inverses.put(iri, c[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Chinese name the file gives the term, or null. */
    String label(String iri) {
        return labels.get(iri);
    }

    /** The property's name read backwards, or null when the file gives none. */
    String inverse(String iri) {
        return inverses.get(iri);
    }
}
