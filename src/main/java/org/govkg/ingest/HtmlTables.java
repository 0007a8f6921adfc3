package org.govkg.ingest;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table as sentences the figure extractor reads: one per data row,
 * "&lt;row header&gt;&lt;column header&gt;&lt;value&gt;&lt;unit&gt;，&lt;column header&gt;&lt;value&gt;&lt;unit&gt;，…。". A table of a statistical bulletin
 * <pre>
 *   指标          | 1-6月（亿元） | 同比增长（%）
 *   地区生产总值   | 427.8        | 8.4
 * </pre>
 * becomes "地区生产总值1-6月427.8亿元，同比增长8.4%。". Header rows are the leading rows of th cells (or, with
 * no th anywhere, a first row without a number); a header's unit in brackets（亿元）moves behind each number
 * of its column, and a caption or note "单位：万元" gives the unit of columns without one. Spanning cells are
 * repeated over the rows and columns they span; nested tables are read as tables of their own.
 */
final class HtmlTables {
    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d[\\d,，]*(?:\\.\\d+)?");
    private static final Pattern HEADER_UNIT = Pattern.compile("^(.*?)\\s*[（(\\[【]\\s*([^）)\\]】]{1,8})\\s*[）)\\]】]\\s*$");
    private static final Pattern TABLE_UNIT = Pattern.compile("单位\\s*[:：]\\s*([^\\s，,。；;）)]{1,8})");
    private static final int MAX_CELLS = 10_000;

    private HtmlTables() {}

    static List<String> sentences(Element table) {
        List<List<String>> grid = grid(table);
        List<String> out = new ArrayList<>();
        if (grid.isEmpty()) return out;
        Element caption = table.selectFirst("caption");
        int headerRows = headerRows(table, grid);
        String tableUnit = null;
        String around = (caption == null ? "" : caption.text()) + " " + previousText(table) + " "
                + String.join(" ", grid.subList(0, headerRows).stream().flatMap(List::stream).toList());
        Matcher u = TABLE_UNIT.matcher(around);
        if (u.find()) tableUnit = u.group(1);
        if (caption != null && !caption.text().isBlank()) out.add(caption.text().strip());

        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        String[] colHeader = new String[width];
        String[] colUnit = new String[width];
        for (int c = 0; c < width; c++) {
            StringBuilder h = new StringBuilder();
            for (int r = 0; r < headerRows; r++) {
                String cell = cell(grid, r, c);
                // a spanning header repeated over its columns is written once per column
                if (!cell.isEmpty() && !h.toString().endsWith(cell)) h.append(cell);
            }
            Matcher m = HEADER_UNIT.matcher(h);
            if (m.matches()) {
                colHeader[c] = m.group(1).strip();
                colUnit[c] = m.group(2).strip();
            } else {
                colHeader[c] = h.toString().strip();
                colUnit[c] = tableUnit;
            }
        }
        for (int r = headerRows; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            if (row.stream().allMatch(String::isEmpty)) continue;
            boolean rowHeader = !row.isEmpty() && !isNumber(row.get(0)) && width > 1;
            List<String> parts = new ArrayList<>();
            for (int c = rowHeader ? 1 : 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v.isEmpty() || v.equals("-") || v.equals("—")) continue;
                String value = isNumber(v) && colUnit[c] != null && !colUnit[c].isEmpty() ? v + colUnit[c] : v;
                parts.add(headerRows > 0 && !colHeader[c].isEmpty() ? colHeader[c] + value : value);
            }
            if (parts.isEmpty()) continue;
            // no colon after the row header: the figure extractor reads 总额一季度58.3亿元, not 总额：一季度58.3亿元
            String sentence = (rowHeader ? row.get(0) : "") + String.join("，", parts) + "。";
            out.add(sentence);
        }
        return out;
    }

    /** The rows of this table (not of tables nested in it) as cells of text, spans filled in. */
    private static List<List<String>> grid(Element table) {
        List<List<String>> grid = new ArrayList<>();
        List<int[]> pendingDown = new ArrayList<>();   // {column, rows left} of rowspans
        List<String> pendingText = new ArrayList<>();
        int cells = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue;
            List<String> row = new ArrayList<>();
            int col = 0;
            List<Element> tds = tr.children().stream().filter(c -> c.tagName().equals("td") || c.tagName().equals("th")).toList();
            int k = 0;
            while (k < tds.size() || hasPending(pendingDown, col)) {
                int p = pending(pendingDown, col);
                if (p >= 0) {
                    row.add(pendingText.get(p));
                    if (--pendingDown.get(p)[1] == 0) { pendingDown.remove(p); pendingText.remove(p); }
                    col++;
                    continue;
                }
                if (k >= tds.size()) break;
                Element td = tds.get(k++);
                String text = td.text().replace('\u00A0', ' ').strip();
                int colspan = span(td.attr("colspan")), rowspan = span(td.attr("rowspan"));
                for (int i = 0; i < colspan; i++) {
                    row.add(text);
                    if (rowspan > 1) { pendingDown.add(new int[]{col, rowspan - 1}); pendingText.add(text); }
                    col++;
                }
            }
            cells += row.size();
            if (cells > MAX_CELLS) break;
            grid.add(row);
        }
        return grid;
    }

    private static boolean hasPending(List<int[]> pending, int col) {
        return pending(pending, col) >= 0;
    }

    private static int pending(List<int[]> pending, int col) {
        for (int i = 0; i < pending.size(); i++) if (pending.get(i)[0] == col) return i;
        return -1;
    }

    private static int span(String attr) {
        try {
            return Math.max(1, Math.min(50, Integer.parseInt(attr.strip())));
        } catch (NumberFormatException none) {
            return 1;
        }
    }

    private static int headerRows(Element table, List<List<String>> grid) {
        List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
        int n = 0;
        boolean anyTh = !table.select("th").isEmpty();
        for (int r = 0; r < Math.min(rows.size(), grid.size()); r++) {
            Element tr = rows.get(r);
            boolean thRow = tr.parent() != null && tr.parent().tagName().equals("thead")
                    || (!tr.select("> th").isEmpty() && tr.select("> td").isEmpty());
            if (thRow) n++;
            else break;
        }
        // without th, the leading rows without a number are the headers (a unit row, then the column names)
        if (n == 0 && !anyTh) while (n < grid.size() - 1 && grid.get(n).stream().noneMatch(HtmlTables::isNumber)) n++;
        return n;
    }

    private static String cell(List<List<String>> grid, int r, int c) {
        List<String> row = grid.get(r);
        return c < row.size() ? row.get(c) : "";
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(s.strip()).matches();
    }

    private static String previousText(Element table) {
        Element prev = table.previousElementSibling();
        return prev == null ? "" : prev.text();
    }
}
