package org.govkg.pipeline;

import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The export of the bundled samples ({@code extract --out samples/articles}) byte for byte against the golden
 * files committed under src/test/resources/golden/samples-articles: each document's graph, {@code _ontology.nq},
 * and the SHA-256 of {@code _gazetteer.nq} (46 MB, too big to commit). The one thing masked is the extraction
 * activity, whose IRI and label name a hash of the code and so change with every change of it.
 *
 * <p>Any change of what govkg extracts fails here. When the change is meant, regenerate the files with
 * {@code scripts/update-golden.sh} (which runs this test with {@code -Dgovkg.update-golden=true}) and commit them:
 * their diff is what a reviewer reads. Nothing else writes them.
 */
class GoldenExportTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/samples-articles");
    private static final Path SAMPLES = Path.of("samples/articles");
    private static final String GAZETTEER_DIGEST = Extract.GAZETTEER_FILE + ".sha256";
    private static final String REGENERATE = "if the change is meant, run scripts/update-golden.sh and commit the files after reading their diff";

    private static final Pattern ACTIVITY = Pattern.compile(
            "^<([^>]*)> <http://www\\.w3\\.org/1999/02/22-rdf-syntax-ns#type> <http://www\\.w3\\.org/ns/prov#Activity> ", Pattern.MULTILINE);
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{8,}");

    static boolean updating() {
        return Boolean.getBoolean("govkg.update-golden");
    }

    @Test
    void the_samples_export_the_golden_bytes(@TempDir Path dir) throws Exception {
        List<DocumentResult> results = new Extract(Engines.get()).run(List.of(SAMPLES), dir, 2, r -> {});
        for (DocumentResult r : results) if (!r.ok()) fail(r.source() + ": " + r.error());

        Map<String, byte[]> actual = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.equals(Extract.GAZETTEER_FILE)) actual.put(GAZETTEER_DIGEST, (sha256(Files.readAllBytes(p)) + "\n").getBytes(StandardCharsets.US_ASCII));
                else actual.put(name, masked(Files.readString(p, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (updating()) {
            write(actual);
            return;
        }
        assertEquals(List.copyOf(golden().keySet()), List.copyOf(actual.keySet()), "the files of the export; " + REGENERATE);
        for (var e : actual.entrySet()) {
            byte[] want = Files.readAllBytes(GOLDEN.resolve(e.getKey()));
            if (!java.util.Arrays.equals(want, e.getValue())) fail(firstDifference(e.getKey(), want, e.getValue()));
        }
    }

    /** Eleven files: the nine sample articles' graphs, the ontology, the gazetteer's digest (counted by hand). */
    @Test
    void the_golden_folder_holds_every_sample_and_the_ontology() throws IOException {
        if (updating()) return;
        assertEquals(List.of("_gazetteer.nq.sha256", "_ontology.nq", "feidong-signing-2023.nq", "huoqiu-govreport-2024.nq",
                "huoqiu-govreport-2025.nq", "nanhai-park-2024.nq", "taihe-bulletin-2024.nq", "taihe-govreport-2024.nq",
                "wuxing-plenary-2023.nq", "xindu-economy-2023h1.nq", "yanling-report-2024.nq"), List.copyOf(golden().keySet()));
    }

    /**
     * The export with the extraction activity masked: its IRI's last segment and the hex digests in its label
     * become MASKED ({@code activity/MASKED}, {@code rules MASKED}). The activity
     * is found in the file itself (the subject typed prov:Activity), so a new naming scheme is masked as well.
     */
    static String masked(String nquads) {
        Matcher m = ACTIVITY.matcher(nquads);
        if (!m.find()) return nquads;
        String iri = m.group(1);
        String maskedIri = iri.substring(0, iri.lastIndexOf('/') + 1) + "MASKED";
        StringBuilder out = new StringBuilder(nquads.length());
        String labelPrefix = "<" + iri + "> <http://www.w3.org/2000/01/rdf-schema#label> ";
        for (String line : nquads.split("\n", -1)) {
            if (line.startsWith(labelPrefix)) line = HEX.matcher(line.substring(labelPrefix.length())).replaceAll("MASKED").transform(rest -> labelPrefix + rest);
            out.append(line.replace("<" + iri + ">", "<" + maskedIri + ">")).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    @Test
    void masking_touches_the_activity_and_nothing_else() {
        String a = "<https://w3id.org/govkg/id/activity/0.1.0-0123456789ab>";
        String g = " <https://w3id.org/govkg/id/graph/d> .";
        String in = a + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Activity>" + g + "\n"
                + a + " <http://www.w3.org/2000/01/rdf-schema#label> \"govkg 0.1.0 extraction, rules 0123456789abcdef0123\"@en" + g + "\n"
                + "<https://w3id.org/govkg/id/article/d> <http://www.w3.org/ns/prov#wasGeneratedBy> " + a + g + "\n"
                + "<https://w3id.org/govkg/id/obs/d-1> <http://www.w3.org/2000/01/rdf-schema#label> \"deadbeefcafe 12345678\"" + g + "\n";
        String m = "<https://w3id.org/govkg/id/activity/MASKED>";
        assertEquals(m + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Activity>" + g + "\n"
                + m + " <http://www.w3.org/2000/01/rdf-schema#label> \"govkg 0.1.0 extraction, rules MASKED\"@en" + g + "\n"
                + "<https://w3id.org/govkg/id/article/d> <http://www.w3.org/ns/prov#wasGeneratedBy> " + m + g + "\n"
                + "<https://w3id.org/govkg/id/obs/d-1> <http://www.w3.org/2000/01/rdf-schema#label> \"deadbeefcafe 12345678\"" + g + "\n", masked(in));
    }

    @Test
    void a_difference_is_shown_at_its_first_line() {
        String msg = firstDifference("x.nq", "a\nb\nc\n".getBytes(StandardCharsets.UTF_8), "a\nB\nc\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("golden file " + GOLDEN.resolve("x.nq") + " differs from the export at line 2 (golden 3 lines, export 3 lines):\n"
                + "  golden: b\n  export: B\n" + REGENERATE, msg);
    }

    /** Which file, the first line that differs (1-based), and both versions of it. */
    static String firstDifference(String file, byte[] want, byte[] got) {
        String[] w = new String(want, StandardCharsets.UTF_8).split("\n", -1), g = new String(got, StandardCharsets.UTF_8).split("\n", -1);
        int i = 0;
        while (i < w.length && i < g.length && w[i].equals(g[i])) i++;
        return "golden file " + GOLDEN.resolve(file) + " differs from the export at line " + (i + 1) + " (golden " + lines(w) + " lines, export " + lines(g) + " lines):\n"
                + "  golden: " + (i < w.length ? w[i] : "(end of file)") + "\n"
                + "  export: " + (i < g.length ? g[i] : "(end of file)") + "\n" + REGENERATE;
    }

    /** Lines of a file split at '\n': a final line break ends the last line, it does not start another. */
    private static int lines(String[] split) {
        return split.length > 0 && split[split.length - 1].isEmpty() ? split.length - 1 : split.length;
    }

    private static Map<String, byte[]> golden() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(GOLDEN)) return files;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            for (Path p : s.toList()) files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static void write(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(GOLDEN);
        try (Stream<Path> s = Files.list(GOLDEN)) {
            for (Path p : s.toList()) if (!files.containsKey(p.getFileName().toString())) Files.delete(p);
        }
        for (var e : files.entrySet()) Files.write(GOLDEN.resolve(e.getKey()), e.getValue());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
