package org.govkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's headline, subtitle, byline, publisher and date, from the layout the genre uses (rules/meta.tsv): the
 * date of a short header or footer line, of a page's info line or of a dated subtitle; the publisher of the last
 * publisher line (来源：…), else of the first header line that opens with its news or wire mark or credits its
 * reporter (某网讯, 某网某地2月20日电, （某日报记者…）; 本报 names none).
 */
final class MetaRecognizer {
    private static final NamedRules RULES = NamedRules.load("/org/govkg/rules/meta.tsv");
    private static final Pattern WEEKDAY = RULES.pattern("weekday");
    private static final Pattern BYLINE = RULES.pattern("byline");
    private static final Pattern PUBLISHER = RULES.pattern("publisher");
    /** The publisher line searched over the whole text only where it can start (来, 稿, 供, 信): not at every offset. */
    private static final FirstChars PUBLISHER_AT = FirstChars.of(PUBLISHER);
    private static final Pattern DATE = RULES.pattern("date"), INFO_LINE = RULES.pattern("info-line");
    private static final List<Pattern> PUBLISHER_MARKS = List.of(RULES.pattern("publisher-news"), RULES.pattern("publisher-wire"),
            RULES.pattern("publisher-credit"));
    private static final String PUBLISHER_SELF = RULES.get("publisher-self");
    private static final String NAME_SEPARATOR = RULES.get("name-separator"), BYLINE_ROLE = RULES.get("byline-role");
    private static final List<String> BYLINE_TITLES = Tsv.words("/org/govkg/lexicon/byline-titles.tsv");
    private static final int HEADER_LINES = 8;
    private final Lexicons lex;

    MetaRecognizer(Lexicons lex) {
        this.lex = lex;
    }

    ArticleMeta recognize(String text) {
        String[] lines = text.split("\n", -1);
        List<int[]> nonBlank = new ArrayList<>();
        int off = 0;
        for (String l : lines) {
            if (!l.isBlank()) nonBlank.add(new int[]{off, off + l.length()});
            off += l.length() + 1;
        }
        String headline = null, subtitle = null;
        int h = 0;
        // a dateline (2023年3月17日 星期五) may stand above the headline
        while (h < nonBlank.size() && h < 3 && isDateline(line(text, nonBlank.get(h)))) h++;
        if (h < nonBlank.size()) {
            String first = line(text, nonBlank.get(h));
            if (first.length() <= 40 && first.charAt(first.length() - 1) != '。' && !BYLINE.matcher(first).lookingAt() && !PUBLISHER.matcher(first).lookingAt()) headline = first;
            if (nonBlank.size() > h + 1) {
                String second = line(text, nonBlank.get(h + 1));
                if (second.startsWith("—") && second.length() <= 60) subtitle = second.replaceFirst("^[—\\-]+", "");
            }
        }
        List<Mention> authors = new ArrayList<>();
        LocalDate date = null;
        int header = Math.min(nonBlank.size(), HEADER_LINES);
        for (int i = 0; i < nonBlank.size(); i++) {
            boolean edge = i < header || i >= nonBlank.size() - 3;
            if (!edge) continue;
            int[] span = nonBlank.get(i);
            String l = line(text, span);
            // a byline stands on its own line, or opens the first paragraph: 本报讯（记者 汪子墨 通讯员 许文静）
            if (l.length() > 60) l = l.substring(0, Math.min(l.length(), 40));
            Matcher b = BYLINE.matcher(l);
            while (b.find()) {
                int base = text.indexOf(l, span[0]) + b.start(2);
                String names = b.group(2);
                int k = 0;
                for (String n : names.split(NAME_SEPARATOR)) {
                    int at = names.indexOf(n, k);
                    k = at + n.length();
                    if (n.length() >= 2 && n.length() <= 4 && !BYLINE_TITLES.contains(n))
                        authors.add(Mention.of(EntityType.PERSON, n, base + at, lex.confidence("person.byline")).withFacts(new MentionFacts.Person(BYLINE_ROLE)));
                }
            }
            if (date == null) {
                Matcher d = DATE.matcher(l);
                // a dateline, a page's info line (发布时间：2024-03-05 08:42:31 来源：…), or a subtitle that dates the speech:
                // ——2024年7月10日在…会议上
                if (d.find() && (l.length() <= 30 || INFO_LINE.matcher(l).find() || (l.startsWith("—") && d.start() <= 4))) date = date(d);
            }
        }
        String publisher = null;
        int publisherStart = -1;
        for (FirstChars.Finder p = PUBLISHER_AT.finder(text); p.find(); ) { publisher = p.group(1).trim(); publisherStart = p.start(1); }
        // no publisher line: the news mark, wire mark or credit of a header line names it (某网讯, 某网某地2月20日电, （某日报记者…）)
        for (int i = 0; i < header && publisher == null; i++) {
            int[] span = nonBlank.get(i);
            String l = text.substring(span[0], span[1]);
            for (Pattern mark : PUBLISHER_MARKS) {
                Matcher m = mark.matcher(l);
                if (m.find() && !m.group(1).startsWith(PUBLISHER_SELF)) {
                    publisher = m.group(1);
                    publisherStart = span[0] + m.start(1);
                    break;
                }
            }
        }
        return new ArticleMeta(headline, subtitle, authors, publisher, publisherStart, date);
    }

    private static boolean isDateline(String l) {
        Matcher d = DATE.matcher(l);
        return l.length() <= 20 && d.lookingAt() && WEEKDAY.matcher(l.substring(d.end())).replaceAll("").isEmpty();
    }

    private static LocalDate date(Matcher d) {
        try {
            return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String line(String text, int[] span) {
        return text.substring(span[0], span[1]).strip();
    }
}
