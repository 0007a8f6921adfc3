package org.govkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The digest that names the extraction activity: SHA-256 over every source and data file that can change what
 * is extracted, and over the versions of the libraries that do part of the work (HanLP segments and tags, Jena
 * writes the literals). Run by the build (pom.xml, generate-resources, through the JDK's source launcher, so it
 * needs nothing compiled) into {@code org/govkg/build/extraction.digest} in the jar; rdf/Ontology reads it. A
 * change of a rule written in Java, of a lexicon or of the ontology thus names a new activity, and {@code build}
 * extracts every document again instead of reporting it {@code unchanged}.
 *
 * <p>Contract: the digest depends only on the covered files' paths (relative to the project, '/'-separated) and
 * bytes (as they are, line endings included) and on the two versions; not on the walk's order, the machine, the
 * clock or compiled class bytes. Folders are walked, not listed, so a new file in a covered folder is covered.
 * Covering too much costs a re-extraction after an upgrade; covering too little keeps a stale extraction.
 */
public final class ExtractionDigest {
    /** Folders (relative to the project) whose every file is digested. */
    static final List<String> COVERED = List.of(
            // the stages that make a document's graph; pipeline/ assembles them (Engine) and maps traditional
            // characters before extraction, so it can change the output too
            "src/main/java/org/govkg/ingest", "src/main/java/org/govkg/nlp", "src/main/java/org/govkg/extract",
            "src/main/java/org/govkg/resolve", "src/main/java/org/govkg/rdf", "src/main/java/org/govkg/pipeline",
            // rules, lexicons, gazetteer (and any folder added beside them), and the ontology (shipped as org/govkg/ontology)
            "src/main/resources/org/govkg", "ontology");
    /** Resource folders under a covered folder that no extraction reads: the cube checks (validate), the corpus generator's lists. */
    static final Set<String> NOT_READ_BY_EXTRACTION = Set.of(
            "src/main/resources/org/govkg/cube", "src/main/resources/org/govkg/generate");

    private ExtractionDigest() {}

    /** The digest as 64 lowercase hex digits. */
    public static String of(Path project, Map<String, String> versions) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Path> f : files(project).entrySet()) {
                byte[] content = Files.readAllBytes(f.getValue());
                // path and length delimit the content, so no two different trees give the same stream
                md.update((f.getKey() + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
                md.update(content);
            }
            for (Map.Entry<String, String> v : new TreeMap<>(versions).entrySet())
                md.update(("version " + v.getKey() + "\0" + v.getValue() + "\0").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The covered files, by their '/'-separated path relative to the project, in the order of those paths. */
    static TreeMap<String, Path> files(Path project) throws IOException {
        TreeMap<String, Path> out = new TreeMap<>();
        for (String dir : COVERED) {
            Path root = project.resolve(dir);
            if (!Files.isDirectory(root)) throw new IllegalStateException("no folder " + root + " (is " + project + " the project?)");
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(ExtractionDigest::notLocal)::iterator) {
                    String rel = relative(project, p);
                    if (NOT_READ_BY_EXTRACTION.stream().noneMatch(x -> rel.startsWith(x + "/"))) out.put(rel, p);
                }
            }
        }
        return out;
    }

    /** An editor's backup or a desktop's folder metadata (.DS_Store, Foo.java~) is no part of the project. */
    private static boolean notLocal(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~");
    }

    private static String relative(Path project, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : project.relativize(file)) sb.append(sb.isEmpty() ? "" : "/").append(part);
        return sb.toString();
    }

    /** {@code ExtractionDigest PROJECT OUT NAME=VERSION...}: writes the digest (one line) to OUT. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) throw new IllegalArgumentException("usage: ExtractionDigest PROJECT OUT NAME=VERSION...");
        Map<String, String> versions = new TreeMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1 || eq == args[i].length() - 1 || args[i].contains("${"))
                throw new IllegalArgumentException("not NAME=VERSION: " + args[i]);
            versions.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        String digest = of(Path.of(args[0]), versions) + "\n";
        // rewritten only when it changed, so an unchanged tree leaves the resource's time as it was
        if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(digest))
            Files.writeString(out, digest, StandardCharsets.UTF_8);
    }
}
