package org.govkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The input stamps of a store, by document id, in the file {@value #FILE} of its folder: a line per document,
 * {@code id TAB size TAB modified TAB contentHash TAB source}, id and source with tab, newline and backslash escaped.
 * The file is a cache beside the store, never its truth: a stamp is used only when the store holds the document
 * with the stamped digest, so a stale or missing file costs reading the inputs again, never a wrong skip. It is
 * rewritten whole (to a temporary file, then moved over) by each build that changed a stamp.
 */
final class InputStamps {
    static final String FILE = "input-stamps.tsv";

    private InputStamps() {}

    /** The stamps in the store's folder; none when the file is missing or unreadable, a line that does not parse skipped. */
    static Map<String, InputStamp> read(Path storeDir) {
        Map<String, InputStamp> stamps = new HashMap<>();
        Path file = storeDir.resolve(FILE);
        if (!Files.exists(file)) return stamps;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] f = line.split("\t", -1);
                if (f.length != 5) return;
                try {
                    stamps.put(unescape(f[0]), new InputStamp(unescape(f[4]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
                } catch (NumberFormatException ignored) {
                    // a damaged line: that document's input is read again
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            stamps.clear();
        }
        return stamps;
    }

    /** Writes the stamps, sorted by id, over the store's file. */
    static void write(Path storeDir, Map<String, InputStamp> stamps) throws IOException {
        Path tmp = storeDir.resolve(FILE + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, InputStamp> e : new TreeMap<>(stamps).entrySet()) {
                InputStamp s = e.getValue();
                w.write(String.join("\t", List.of(escape(e.getKey()), Long.toString(s.size()), Long.toString(s.modified()),
                        s.contentHash(), escape(s.source()))));
                w.write('\n');
            }
        }
        Files.move(tmp, storeDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(switch (n) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> n;
            });
        }
        return b.toString();
    }
}
