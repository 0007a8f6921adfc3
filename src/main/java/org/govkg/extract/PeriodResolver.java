package org.govkg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the period expressions of the genre in text and resolves them to dates by the contract's
 * rules: the year from the expression, else from the article's date; the year so far ends on the
 * article's date; 截至 and 到2025年 give a point in time (an end only); 元至7月 is January to July; 过去五年 the
 * five whole years before the article's; a comparison's basis (比上年, 比2010年) is no period; what cannot be
 * resolved keeps its label. The day of an event the article reports (12月22日，…签约仪式在…举行) is found too, as
 * an {@linkplain Found#event() event day}: it dates only what the event did (PeriodAttribution), not the article.
 */
final class PeriodResolver {
    /**
     * A period expression found at [start, end), and what it is: the period of what is said ({@link Use#PERIOD}), the
     * day an event the article reports was held ({@link Use#EVENT_DAY}), or the basis of a comparison ({@link Use#BASIS}:
     * 比上年增长, no period of any figure). {@code framed}: the period it frames for the sentences after its own (截至一季度末
     * is a point in its sentence, the first quarter for the next), else the period itself.
     */
    record Found(int start, int end, Period period, Use use, Period framed) {
        enum Use { PERIOD, EVENT_DAY, BASIS }

        Found(int start, int end, Period period) {
            this(start, end, period, Use.PERIOD, period);
        }

        boolean event() {
            return use == Use.EVENT_DAY;
        }

        /** A period of what is said (neither an event's day nor a comparison's basis). */
        boolean said() {
            return use == Use.PERIOD;
        }
    }

    private static final NamedRules RULES = NamedRules.load("/org/govkg/rules/period.tsv");
    /** rules/relative-years.tsv: 去年 → -1 … */
    private static final Map<String, Integer> RELATIVE_YEARS = new LinkedHashMap<>();
    /** rules/until-ends.tsv: 目前 → doc …, in the order they are tried. */
    private static final Map<String, String> UNTIL_ENDS = new LinkedHashMap<>();

    static {
        for (String[] r : Tsv.load("/org/govkg/rules/relative-years.tsv", 2)) RELATIVE_YEARS.put(r[0], Integer.valueOf(r[1]));
        for (String[] r : Tsv.load("/org/govkg/rules/until-ends.tsv", 2)) UNTIL_ENDS.put(r[0], r[1]);
    }

    private static final FirstChars MONTHS = FirstChars.of(RULES.pattern("months"));
    private static final FirstChars MONTH = FirstChars.of(RULES.pattern("month"));
    private static final FirstChars MONTH_END = FirstChars.of(RULES.pattern("month-end"));
    private static final FirstChars UNTIL = FirstChars.of(RULES.get("until").replace("{until}", NamedRules.alternation(List.copyOf(UNTIL_ENDS.keySet()))));
    private static final FirstChars YEAR = FirstChars.of(RULES.pattern("year"));
    private static final FirstChars RELATIVE = FirstChars.of(RULES.get("relative").replace("{relative}", NamedRules.alternation(List.copyOf(RELATIVE_YEARS.keySet()))));
    /** A year named on its own (2023年，全区…), not the year of a date (2024年1月9日). */
    private static final Pattern NAMED_YEAR = RULES.pattern("named-year");
    /** Words that stand for a whole year's results or its end: their year is the one the text is reporting on. */
    private static final java.util.Set<String> YEAR_RESULTS = java.util.Set.copyOf(Tsv.words("/org/govkg/rules/year-results.tsv"));
    private static final FirstChars PLAN = FirstChars.of(RULES.pattern("plan"));
    private static final String SINCE = RULES.get("since");
    private static final FirstChars EVERY_YEAR = FirstChars.of(RULES.pattern("every-year"));
    private static final FirstChars UNTIL_PERIOD;
    private static final FirstChars BY_YEAR = FirstChars.of(RULES.pattern("by-year"));
    private static final FirstChars PAST_YEARS = FirstChars.of(RULES.pattern("past-years"));
    private static final FirstChars DAY = FirstChars.of(RULES.pattern("day"));
    private static final Pattern BASIS_MARK = RULES.pattern("basis-mark");
    /** rules/event-days.tsv: the words saying an event was held in the sentence of its day. */
    private static final List<String> HELD = new ArrayList<>();
    /** rules/event-days.tsv: the words pointing back at the event (本次, 此次). */
    static final List<String> THIS_EVENT = new ArrayList<>();
    /** Relative days (昨日 …): days after the article's date. */
    private static final Map<String, Integer> RELATIVE_DAYS = Map.of("昨日", -1, "昨天", -1, "前日", -2, "今日", 0, "今天", 0);

    static {
        for (String[] r : Tsv.load("/org/govkg/rules/event-days.tsv", 2)) {
            switch (r[1]) {
                case "held" -> HELD.add(r[0]);
                case "this" -> THIS_EVENT.add(r[0]);
                default -> throw new IllegalStateException("rules/event-days.tsv: unknown use " + r[1]);
            }
        }
    }
    private static final Map<String, String[]> WORDS = new HashMap<>();
    private static final FirstChars YEAR_WORD;

    static {
        List<String[]> rows = Tsv.load("/org/govkg/rules/period-words.tsv", 3);
        rows.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] r : rows) WORDS.put(r[0], new String[]{r[1], r[2]});
        YEAR_WORD = FirstChars.of(RULES.get("year-word").replace("{words}", NamedRules.alternation(rows.stream().map(r -> r[0]).toList())));
        UNTIL_PERIOD = FirstChars.of(RULES.get("until-period").replace("{words}", NamedRules.alternation(rows.stream().map(r -> r[0]).toList())));
    }

    /** Where any period expression may start: one pass over a text gives the offsets every rule above tries. */
    private static final FirstChars.Union STARTS = new FirstChars.Union(UNTIL, UNTIL_PERIOD, BY_YEAR, PAST_YEARS, MONTHS, YEAR_WORD,
            MONTH_END, MONTH, PLAN, YEAR, EVERY_YEAR, RELATIVE, DAY);

    /** The years after the article's year that a relative year word (今年, 去年 …) of rules/relative-years.tsv means. */
    static int relativeYearOffset(String word) {
        Integer offset = RELATIVE_YEARS.get(word);
        if (offset == null) throw new IllegalArgumentException("not in rules/relative-years.tsv: " + word);
        return offset;
    }

    private final LocalDate refDate;
    private final Integer year;
    /** Whether the (undated) article's year is the one its headline names: its bare 全年 is that year. */
    private final boolean headlineYear;

    /** @param refDate the article's date (or its meeting's); null when unknown */
    PeriodResolver(LocalDate refDate) {
        this(refDate, (Integer) null);
    }

    /**
     * @param refDate the article's date (or its meeting's); null when unknown
     * @param year    the article's year when its date is unknown (the year its text states most), or null
     */
    PeriodResolver(LocalDate refDate, Integer year) {
        this.refDate = refDate;
        this.year = refDate != null ? Integer.valueOf(refDate.getYear()) : year;
        this.headlineYear = false;
    }

    /**
     * @param refDate the article's date (or its meeting's); null when unknown
     * @param year    the article's year and where it comes from (used when the date is unknown), or null
     */
    PeriodResolver(LocalDate refDate, ArticleYear year) {
        this.refDate = refDate;
        this.year = refDate != null ? Integer.valueOf(refDate.getYear()) : year == null ? null : Integer.valueOf(year.year());
        this.headlineYear = refDate == null && year != null && year.source() == ArticleYear.Source.HEADLINE;
    }

    List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        int[] starts = STARTS.offsets(text);
        FirstChars.Finder m = UNTIL.finder(text, starts);
        while (m.find()) add(out, used, m, until(m));
        m = UNTIL_PERIOD.finder(text, starts);
        while (m.find()) {
            // 截至一季度末: the point at the end of the period word
            String[] w = WORDS.get(m.group(3));
            Integer y = year(m.group(1), m.group(2));
            if (y == null || w[0].equals("-")) { add(out, used, m, y == null ? Period.unresolved(m.group()) : new Period(m.group(), null, monthDay(y, w[1]))); continue; }
            LocalDate end = monthDay(y, w[1].equals("doc") ? "12-31" : w[1]);
            add(out, used, new Found(m.start(), m.end(), new Period(m.group(), null, end), Found.Use.PERIOD,
                    new Period(m.group(3), monthDay(y, w[0]), end)));
        }
        m = BY_YEAR.finder(text, starts);
        while (m.find()) add(out, used, m, new Period(m.group(), null, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)));
        m = PAST_YEARS.finder(text, starts);
        while (m.find()) {
            // 过去五年: the five whole years before the article's year
            int n = ChineseNumbers.parse(m.group(1)).intValue();
            add(out, used, m, year == null ? Period.unresolved(m.group())
                    : new Period(m.group(), LocalDate.of(year - n, 1, 1), LocalDate.of(year - 1, 12, 31)));
        }
        m = MONTHS.finder(text, starts);
        while (m.find()) {
            int a = m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), b = Integer.parseInt(m.group(3));
            if (a < 1 || b > 12 || a > b) continue;
            Integer y = year(m.group(1), null);
            add(out, used, m, y == null ? Period.unresolved(m.group())
                    : new Period(m.group(), LocalDate.of(y, a, 1), YearMonth.of(y, b).atEndOfMonth()));
        }
        m = YEAR_WORD.finder(text, starts);
        while (m.find()) {
            String[] w = WORDS.get(m.group(3));
            Integer y = m.group(1) == null && m.group(2) == null && YEAR_RESULTS.contains(m.group(3)) ? reportedYear(text, m.start()) : year(m.group(1), m.group(2));
            if (y == null) { add(out, used, m, Period.unresolved(m.group())); continue; }
            if (w[0].equals("-")) { add(out, used, m, new Period(m.group(), null, monthDay(y, w[1]))); continue; }
            LocalDate s = monthDay(y, w[0]);
            if (w[1].equals("doc") && refDate == null) { add(out, used, m, new Period(m.group(), s, null)); continue; }
            LocalDate e = w[1].equals("doc") ? docEndOr(y) : monthDay(y, w[1]);
            add(out, used, m, new Period(m.group(), s, e));
        }
        m = MONTH_END.finder(text, starts);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(2));
            Integer y = year(m.group(1), null);
            if (mo < 1 || mo > 12) continue;
            add(out, used, m, y == null ? Period.unresolved(m.group()) : new Period(m.group(), null, YearMonth.of(y, mo).atEndOfMonth()));
        }
        m = MONTH.finder(text, starts);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) continue;
            // a bare 5月 is a month only as 5月份 or with its year; else it is likely a date's month (5月，…)
            if (m.group(1) == null && m.group(3) == null) continue;
            Integer y = year(m.group(1), null);
            add(out, used, m, y == null ? Period.unresolved(m.group())
                    : new Period(m.group(), LocalDate.of(y, mo, 1), YearMonth.of(y, mo).atEndOfMonth()));
        }
        m = PLAN.finder(text, starts);
        while (m.find()) {
            int n = ChineseNumbers.parse(m.group(1)).intValue();
            int start = 2006 + (n - 1) * 5;  // 十一五 = 2006–2010, 十四五 = 2021–2025
            LocalDate end = LocalDate.of(start + 4, 12, 31);
            // “十四五”以来: the plan so far, up to the article's date when that falls inside the plan
            if (m.group().endsWith(SINCE) && refDate != null && refDate.isBefore(end)) end = refDate;
            add(out, used, m, new Period(m.group(), LocalDate.of(start, 1, 1), end));
        }
        m = YEAR.finder(text, starts);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < 1949 || y > 2100) continue;
            boolean sinceYear = m.group(2) != null;
            addOrBasis(out, used, text, m, new Period(m.group(), LocalDate.of(y, 1, 1), sinceYear ? refDate : yearEnd(y)));
        }
        m = EVERY_YEAR.finder(text, starts);
        while (m.find()) add(out, used, m, Period.unresolved(m.group()));
        m = RELATIVE.finder(text, starts);
        while (m.find()) {
            if (refDate == null) { addOrBasis(out, used, text, m, Period.unresolved(m.group())); continue; }
            int y = refDate.getYear() + RELATIVE_YEARS.get(m.group(1));
            addOrBasis(out, used, text, m, new Period(m.group(), LocalDate.of(y, 1, 1), yearEnd(y)));
        }
        eventDays(text, starts, out, used);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * 12月22日，…签约仪式在…举行 / 20日，…会议拉开帷幕 / …，于2024年9月6日召开: a day that opens a sentence or clause
     * (or follows 于), in a sentence that says an event was held after it, is that event's day.
     */
    private void eventDays(String text, int[] starts, List<Found> out, boolean[] used) {
        if (year == null) return;
        org.govkg.ingest.TextLayout layout = null;  // made for the first day that opens a clause
        FirstChars.Finder m = DAY.finder(text, starts);
        while (m.find()) {
            int i = m.start() - 1;
            while (i >= 0 && text.charAt(i) == ' ') i--;
            boolean opens = i < 0 || org.govkg.ingest.TextLayout.endsClause(text.charAt(i)) || text.charAt(i) == ')' || text.charAt(i) == '）'
                    || text.charAt(i) == '于';
            if (!opens) continue;
            if (layout == null) layout = org.govkg.ingest.TextLayout.of(text);
            String rest = text.substring(m.end(), Math.max(m.end(), layout.sentenceEnd(m.start())));
            if (HELD.stream().noneMatch(rest::contains)) continue;
            LocalDate day = day(m);
            if (day == null) continue;
            boolean free = true;
            for (int k = m.start(); k < m.end(); k++) free &= !used[k];
            if (free) { Period p = new Period(m.group(), day, day); out.add(new Found(m.start(), m.end(), p, Found.Use.EVENT_DAY, p)); }
        }
    }

    /** The date of a day expression: its year and month, else the article's (a day after the article's is last month's). */
    private LocalDate day(MatchResult m) {
        if (m.group(5) != null) return refDate == null ? null : refDate.plusDays(RELATIVE_DAYS.get(m.group(5)));
        int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
        try {
            if (m.group(2) != null) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
                LocalDate date = LocalDate.of(y, Integer.parseInt(m.group(2)), d);
                // 12月28日 in a January article is last year's
                return m.group(1) == null && refDate != null && date.isAfter(refDate.plusDays(1)) ? date.minusYears(1) : date;
            }
            if (refDate == null) return null;
            LocalDate date = refDate.withDayOfMonth(Math.min(d, refDate.lengthOfMonth()));
            return d > refDate.getDayOfMonth() ? refDate.minusMonths(1).withDayOfMonth(Math.min(d, refDate.minusMonths(1).lengthOfMonth())) : date;
        } catch (RuntimeException bad) {
            return null;
        }
    }

    /** The day MM-DD (as rules/period-words.tsv writes it) of year y: what LocalDate.parse of "y-MM-DD" gives, without a formatter. */
    private static LocalDate monthDay(int y, String mmdd) {
        if (mmdd.length() != 5 || mmdd.charAt(2) != '-') throw new IllegalArgumentException("not MM-DD: " + mmdd);
        return LocalDate.of(y, Integer.parseInt(mmdd, 0, 2, 10), Integer.parseInt(mmdd, 3, 5, 10));
    }

    /**
     * A year's results: the year so far when the article is dated inside it, else the whole year — and the whole
     * year too when the article is dated in its last days (a late-December conference sums up the year).
     */
    private LocalDate yearEnd(int y) {
        if (refDate != null && refDate.getYear() == y && !yearClosing(refDate)) return refDate;
        return LocalDate.of(y, 12, 31);
    }

    /** Whether an article of this date sums up its year as a whole (a late-December conference). */
    static boolean yearClosing(LocalDate refDate) {
        return refDate.getDayOfYear() > refDate.lengthOfYear() - YEAR_CLOSING_DAYS;
    }

    /** How many days before 31 December an article sums up its year as a whole (from 16 December). */
    private static final int YEAR_CLOSING_DAYS = 15;

    private LocalDate docEndOr(int y) {
        return refDate != null && refDate.getYear() == y ? refDate : LocalDate.of(y, 12, 31);
    }

    private Period until(MatchResult m) {
        Integer y = year(m.group(1), null);
        String label = m.group();
        for (var end : UNTIL_ENDS.entrySet()) {
            if (!label.endsWith(end.getKey())) continue;
            switch (end.getValue()) {
                case "doc" -> { return refDate == null ? Period.unresolved(label) : new Period(label, null, refDate); }
                case "last-year-end" -> { return refDate == null ? Period.unresolved(label) : new Period(label, null, LocalDate.of(refDate.getYear() - 1, 12, 31)); }
                case "year-end" -> { return y == null ? Period.unresolved(label) : new Period(label, null, LocalDate.of(y, 12, 31)); }
                default -> throw new IllegalStateException("rules/until-ends.tsv: unknown end " + end.getValue());
            }
        }
        if (y == null) return Period.unresolved(label);
        int mo = Integer.parseInt(m.group(2));
        if (mo < 1 || mo > 12) return Period.unresolved(label);
        LocalDate end = m.group(4) != null ? LocalDate.of(y, mo, Math.min(Integer.parseInt(m.group(4)), YearMonth.of(y, mo).lengthOfMonth()))
                : YearMonth.of(y, mo).atEndOfMonth();
        return new Period(label, null, end);
    }

    private Integer year(String explicit, String relative) {
        if (explicit != null) return Integer.valueOf(explicit);
        if (year == null) return null;
        return relative == null ? year : year + RELATIVE_YEARS.get(relative);
    }

    /**
     * The year a bare 全年 or 年末 reports on. In an article of the first half of a year (a 统计公报 or a
     * 政府工作报告 reviewing 2023, dated 2024) or one with no date, the year the text last named before it
     * (its title's 2023年, a paragraph's 2023年，…), when that is the article's year or the one before; else
     * the article's year — which an undated article whose headline names its year always reports on.
     */
    private Integer reportedYear(String text, int at) {
        if (year == null) return null;
        if (headlineYear || (refDate != null && refDate.getMonthValue() > 6)) return year;
        Integer named = null;
        Matcher m = NAMED_YEAR.matcher(text);
        m.region(0, at);
        while (m.find()) named = Integer.valueOf(m.group(1));
        if (named != null && (named == year.intValue() || named == year - 1)) return named;
        return year;
    }

    private static void add(List<Found> out, boolean[] used, MatchResult m, Period p) {
        add(out, used, new Found(m.start(), m.end(), p));
    }

    private static void add(List<Found> out, boolean[] used, Found f) {
        for (int i = f.start(); i < f.end(); i++) if (used[i]) return;
        for (int i = f.start(); i < f.end(); i++) used[i] = true;
        out.add(f);
    }

    /** 比上年增长, 与去年持平, 较2010年: a year right after a basis mark is the basis of a comparison. */
    private static void addOrBasis(List<Found> out, boolean[] used, String text, MatchResult m, Period p) {
        boolean basis = m.start() > 0 && BASIS_MARK.matcher(text).region(m.start() - 1, m.start()).matches();
        add(out, used, basis ? new Found(m.start(), m.end(), p, Found.Use.BASIS, p) : new Found(m.start(), m.end(), p));
    }
}
