package org.govkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's TSV lexicons: a header row, '#' comments, one entry per line. */
public final class Tsv {
    private Tsv() {}

    /** Rows of a classpath resource, without header and comments; a short row fails with file:line. */
    public static List<String[]> load(String resource, int minColumns) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns)
                    throw new IllegalStateException(resource + ":" + n + ": expected " + minColumns + " tab-separated columns, found " + cols.length);
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    /** The first column of every row. */
    public static List<String> words(String resource) {
        return load(resource, 1).stream().map(c -> c[0]).toList();
    }
}
