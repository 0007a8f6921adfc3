package org.govkg.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an article that came with its metadata apart (an HTML page's meta tags, a JSON Lines record),
 * laid out as the genre lays out a plain-text article, which is what the extractor reads a headline, date and
 * publisher from: the title on the first line, the date (ISO) on its own line, "来源：…" on its own line, then
 * the paragraphs; each separated by a blank line, so none is taken for a line wrapped by the layout. This text
 * is the one stored (nif:isString) and the one offsets count in.
 */
final class ArticleText {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

    private ArticleText() {}

    static String compose(String title, LocalDate date, String source, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0).strip();
        if (title != null && !title.isBlank() && !first.startsWith(title.strip())) sb.append(oneLine(title)).append("\n\n");
        if (date != null) sb.append(date).append("\n\n");
        if (source != null && !source.isBlank()) sb.append("来源：").append(oneLine(source)).append("\n\n");
        for (String p : paragraphs) {
            String s = p.strip();
            if (!s.isEmpty()) sb.append(s).append("\n\n");
        }
        return sb.toString().strip() + "\n";
    }

    /** The first date written in s (2024-03-05, 2024/3/5, 2024年3月5日, 2024-03-05T10:00:00+08:00), or null. */
    static LocalDate date(String s) {
        if (s == null) return null;
        Matcher m = DATE.matcher(s);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException notADay) {
            return null;
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
