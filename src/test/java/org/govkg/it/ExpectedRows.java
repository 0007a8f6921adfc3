package org.govkg.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a named query must return: {@code queries/expected/<name>.tsv}.
 * <pre>
 *   # mode: contains           (or exact; other '#' lines are comments)
 *   var1	var2                  the checked variables, a subset of the query's
 *   value	value                 one row per line, tab-separated, plain strings
 * </pre>
 * Values are compared as plain strings (a literal's lexical form, an IRI in full), except that two
 * numbers are equal when their values are: {@code 42780000000}, {@code 4.278E10} and
 * {@code 42780000000.0} are one value. {@code contains}: every expected row is among the results,
 * each result restricted to the checked variables. {@code exact}: the same set of rows.
 */
record ExpectedRows(Mode mode, List<String> vars, List<List<String>> rows) {

    enum Mode { CONTAINS, EXACT }

    static ExpectedRows read(Path tsv) throws IOException {
        return parse(tsv.getFileName().toString(), Files.readAllLines(tsv, StandardCharsets.UTF_8));
    }

    /** Parses the lines of an expected file; a malformed one fails with {@code name:line: message}. */
    static ExpectedRows parse(String name, List<String> lines) {
        Mode mode = null;
        List<String> vars = null;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith("mode:")) {
                    if (mode != null) throw bad(name, i, "a second '# mode:' line");
                    mode = switch (c.substring("mode:".length()).strip()) {
                        case "contains" -> Mode.CONTAINS;
                        case "exact" -> Mode.EXACT;
                        default -> throw bad(name, i, "mode must be 'contains' or 'exact': " + line);
                    };
                }
                continue;
            }
            if (line.isBlank()) continue;
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (vars == null) {
                vars = cells.stream().map(v -> v.startsWith("?") ? v.substring(1) : v).toList();
                if (vars.stream().anyMatch(String::isBlank) || new LinkedHashSet<>(vars).size() != vars.size())
                    throw bad(name, i, "the header must name distinct variables: " + line);
            } else if (cells.size() != vars.size()) {
                throw bad(name, i, cells.size() + " cells for " + vars.size() + " variables " + vars + ": " + line);
            } else {
                rows.add(cells);
            }
        }
        if (mode == null) throw new IllegalArgumentException(name + ": no '# mode: contains' or '# mode: exact' line");
        if (vars == null) throw new IllegalArgumentException(name + ": no header line of variable names");
        return new ExpectedRows(mode, vars, rows);
    }

    private static IllegalArgumentException bad(String name, int index, String message) {
        return new IllegalArgumentException(name + ":" + (index + 1) + ": " + message);
    }

    /** Each result row restricted to the checked variables (an unbound one is ""), duplicates once, in result order. */
    List<List<String>> project(List<Map<String, String>> results) {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Map<String, String> r : results)
            seen.add(vars.stream().map(v -> r.getOrDefault(v, "")).toList());
        return new ArrayList<>(seen);
    }

    /** The expected rows that no result row matches. */
    List<List<String>> missing(List<List<String>> projected) {
        Set<List<String>> have = canonicalRows(projected);
        return rows.stream().filter(row -> !have.contains(canonical(row))).distinct().toList();
    }

    /** The result rows that no expected row matches (what {@code exact} forbids). */
    List<List<String>> unexpected(List<List<String>> projected) {
        Set<List<String>> want = canonicalRows(rows);
        return projected.stream().filter(row -> !want.contains(canonical(row))).toList();
    }

    private static Set<List<String>> canonicalRows(List<List<String>> rows) {
        Set<List<String>> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(canonical(r)));
        return out;
    }

    private static List<String> canonical(List<String> row) {
        return row.stream().map(ExpectedRows::canonical).toList();
    }

    /** A number in one spelling (4.278E10 and 42780000000.0 → 42780000000); anything else as it is. */
    static String canonical(String cell) {
        if (cell.isEmpty() || !(Character.isDigit(cell.charAt(0)) || "+-.".indexOf(cell.charAt(0)) >= 0)) return cell;
        try {
            BigDecimal d = new BigDecimal(cell);
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return cell;
        }
    }
}
