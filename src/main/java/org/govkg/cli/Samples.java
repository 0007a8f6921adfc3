package org.govkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample articles listed in samples/articles/INDEX (a jar cannot list its own folders portably). */
final class Samples {
    private Samples() {}

    static List<String> names() {
        try (InputStream in = Samples.class.getResourceAsStream("/org/govkg/samples/articles/INDEX")) {
            if (in == null) return List.of();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the sample articles into {@code dir} (created); returns it. */
    static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : names()) {
            try (InputStream in = Samples.class.getResourceAsStream("/org/govkg/samples/articles/" + name)) {
                if (in == null) throw new IOException("sample " + name + " missing from the jar");
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }
}
