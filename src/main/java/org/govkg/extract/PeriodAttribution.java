package org.govkg.extract;

import org.govkg.ingest.TextLayout;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the period a figure is for.
 *
 * <p>Contract of {@link #periodFor}: the period stated in the figure's sentence (one that opens the sentence
 * holds for all its figures, one further in for the next figure only, unless it is dated: 截至7月底); else one
 * that opens a clause earlier in the paragraph, then later in it; else the article's review period (the first
 * finished period it states). Only periods the article looks back on carry over (not 全年 in a July article).
 * {@link #periodOf} adds the rules of a figure's kind: a target or what a project is (总投资) takes only its own
 * period; a target without one is for the year its paragraph names; a target for the year so far is for the
 * whole year.
 */
final class PeriodAttribution {
    private static final Pattern NAMED_YEAR = FigureRules.pattern("named-year");
    private final List<String> timelessWords = Tsv.words("/org/govkg/rules/timeless-indicators.tsv");

    /** What is said of a figure that bears on its period; {@code dangling} is a period read from a split sentence. */
    record Site(int sentenceStart, int clauseStart, int at, boolean target, boolean timeless, Period dangling) {}

    /**
     * What a project or a site is, not what happened in a period: an indicator with a timeless word
     * (总投资, 占地) of a named thing (a project, zone, enterprise), a project's figure, or a part of a stock stated
     * before (集聚企业186家，其中规上63家). A division's total (全县签约项目12个，总投资50亿元) or sown area is
     * what its period did: it is dated like any figure.
     */
    boolean timeless(String said, Figure.AreaRef area, Figure prevInSentence, Figure.Kind kind) {
        boolean named = area.mention() != null && area.mention().type() != EntityType.DIVISION;
        return (named && timelessWords.stream().anyMatch(said::contains))
                || (area.mention() != null && area.mention().type() == EntityType.PROJECT)
                || (prevInSentence != null && prevInSentence.period() == null && prevInSentence.kind() == Figure.Kind.LEVEL && kind == Figure.Kind.LEVEL);
    }

    Period periodOf(FigureText doc, Site site) {
        Period period = site.dangling() != null ? site.dangling() : periodFor(doc, site.sentenceStart(), site.at(), site.target() || site.timeless());
        // what a project is (总投资15亿元) is not dated by the event its sentence reports (今年2月…开工)
        if (site.timeless() && period != null && !site.target()
                && doc.periods().stream().noneMatch(f -> f.said() && f.start() >= site.clauseStart() && f.end() <= site.at())) period = null;
        if (!site.target()) return period;
        // 2026年是…之年。主要预期目标是：…增长7%左右: a target without a period of its own is for the year its paragraph names
        if (period == null) period = paragraphYear(doc, site.at());
        // 二、2024年主要目标和重点工作 … 力争社会消费品零售总额突破130亿元: else for the year its section's heading names
        if (period == null) period = headingYear(doc, site.at());
        // a target for the year is for the whole year, not for the year so far
        return wholeYear(doc, period);
    }

    /**
     * The period a figure with an estimate cue (预计) estimates, when that period has passed or ends within
     * {@link #ENDING_MONTHS} months of the article's date (a January report on last year, a December conference on
     * this year, 初步预计 of a quarter just past); null when it is ahead (then the figure is a target). A year so far
     * that an estimate is about is the whole year (预计全年 in December).
     */
    Period estimated(FigureText doc, Site site) {
        if (doc.refDate() == null) return null;
        Period p = site.dangling() != null ? site.dangling() : periodFor(doc, site.sentenceStart(), site.at(), false);
        if (p == null || p.end() == null || p.end().isAfter(doc.refDate().plusMonths(ENDING_MONTHS))) return null;
        return wholeYear(doc, p);
    }

    /** How near its end a period must be for 预计 to estimate it rather than aim at it. */
    private static final int ENDING_MONTHS = 2;

    /** A period of the year so far (Jan 1 to the article's date) as the whole year; any other as it is. */
    private static Period wholeYear(FigureText doc, Period period) {
        if (period != null && period.start() != null && period.end() != null && period.start().getDayOfYear() == 1
                && period.start().getYear() == period.end().getYear() && doc.refDate() != null && period.end().equals(doc.refDate()))
            return new Period(period.label(), period.start(), period.start().withMonth(12).withDayOfMonth(31));
        return period;
    }

    /** The period stated in the sentence; else carried from the paragraph; else the review period (null with {@code ownOnly}). */
    Period periodFor(FigureText doc, int sentenceStart, int at, boolean ownOnly) {
        String text = doc.text();
        TextLayout layout = doc.layout();
        Period own = null, before = null, after = null, eventDay = null, inClause = null;
        int firstClauseEnd = sentenceStart;
        while (firstClauseEnd < at && text.charAt(firstClauseEnd) != '，') firstClauseEnd++;
        int paragraphStart = layout.paragraphStart(at), paragraphEnd = layout.paragraphEnd(at), sentenceEnd = layout.sentenceEnd(at);
        int clauseStart = layout.clauseStart(at), eventDayStart = -1, beforeStart = -1;
        for (PeriodResolver.Found f : doc.periods()) {
            if (f.event()) {
                // the day of an event dates the figures of its sentence and paragraph (12月22日，…签约仪式举行，签约项目4个)
                if (f.start() < at && f.start() >= paragraphStart) { eventDay = f.period(); eventDayStart = f.start(); }
                continue;
            }
            if (!f.said()) continue;
            if (f.start() < at && f.start() >= clauseStart) inClause = f.period();
            if (f.start() < at) {
                // the period that opens the sentence holds for all its figures; one further in holds for the next
                // figure only (设立每年300万元…，建成800平方米…: 每年 is the 300万元's alone); a dated one (截至7月底,
                // 今年以来) holds for the rest of the sentence
                if (f.start() >= sentenceStart && (f.end() <= firstClauseEnd || !doc.quantityBetween(f.end(), at)
                        || f.period().end() != null)) own = f.period();
                else if (f.start() >= paragraphStart && f.start() < sentenceStart && opensClause(text, f) && reviewed(doc, f.framed())) {
                    before = f.framed();
                    beforeStart = f.start();
                }
            } else if (after == null && f.start() >= sentenceEnd && f.start() < paragraphEnd && opensClause(text, f) && reviewed(doc, f.framed())) {
                after = f.framed();
            }
        }
        if (inClause != null) return inClause;
        if (ownOnly) return own;
        // what the event did is dated by its day: the day of its own sentence outranks a year in the event's name
        // (7月12日，…举行2017年…签约仪式，签约10个项目); the sentence's own period outranks a day before it in the
        // paragraph; 本次集中签约项目4个 points back at the event from anywhere
        if (eventDay != null && eventDayStart >= sentenceStart) return eventDay;
        if (own != null) return own;
        if (eventDay == null && pointsAtEvent(text, sentenceStart, at)) {
            Period pointed = lastEventDay(doc, at);
            if (pointed != null) return pointed;
        }
        // of the paragraph's day and a period opening a later sentence of it (7月19日，…召开发布会。上半年，…；零售额412亿元),
        // the one stated nearer the figure holds
        if (eventDay != null && (before == null || eventDayStart > beforeStart)) return eventDay;
        if (before != null) return before;
        if (after != null) return after;
        return reviewPeriod(doc);
    }

    /** 本次集中签约项目4个, 出席这次全会的: the sentence points back at the event the article reports. */
    private static boolean pointsAtEvent(String text, int sentenceStart, int at) {
        String s = text.substring(sentenceStart, at);
        return PeriodResolver.THIS_EVENT.stream().anyMatch(s::contains);
    }

    /** The day of the last event the article reports before {@code at}, else its first; null when it reports none. */
    private static Period lastEventDay(FigureText doc, int at) {
        Period first = null, last = null;
        for (PeriodResolver.Found f : doc.periods()) {
            if (!f.event()) continue;
            if (first == null) first = f.period();
            if (f.start() < at) last = f.period();
        }
        return last != null ? last : first;
    }

    /** The last period inside [from, to), else one before {@code from} in its sentence, or null. */
    static Period periodIn(FigureText doc, int from, int to) {
        Period p = null;
        for (PeriodResolver.Found f : doc.periods()) if (f.said() && f.start() >= from && f.end() <= to) p = f.period();
        if (p == null) for (PeriodResolver.Found f : doc.periods()) if (f.said() && f.end() <= from && f.start() >= doc.layout().sentenceStart(from)) p = f.period();
        return p;
    }

    /**
     * The period the article looks back on: the finished period it states most often, the first of those on a tie
     * (一季度 stated four times outranks one 今年以来; 即将过去的2025年，…; 总结回顾上半年工作).
     */
    private static Period reviewPeriod(FigureText doc) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        Period best = null;
        int bestCount = 0;
        for (PeriodResolver.Found f : doc.periods()) {
            Period p = f.period();
            if (!f.said() || p.start() == null || p.end() == null || !reviewed(doc, p)) continue;
            int n = counts.merge(p.start() + ".." + p.end(), 1, Integer::sum);
            if (n > bestCount) { best = p; bestCount = n; }
        }
        return best;
    }

    /** The whole year last named in the paragraph before {@code at} (2026年是…), or null. */
    static Period paragraphYear(FigureText doc, int at) {
        return lastNamedYear(doc.text(), doc.layout().paragraphStart(at), at);
    }

    /** The whole year the last year named in [from, to) of {@code text} stands for, or null when none is named there. */
    static Period lastNamedYear(String text, int from, int to) {
        Matcher m = NAMED_YEAR.matcher(text);
        m.region(from, to);
        String label = null, y = null;
        while (m.find()) { label = m.group(); y = m.group("year"); }
        if (y == null) return null;
        int year = Integer.parseInt(y);
        return new Period(label, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** How many paragraphs back a target's section heading is looked for. */
    private static final int HEADING_REACH = 30;
    /** The longest paragraph read as a heading. */
    private static final int HEADING_LENGTH = 40;

    /**
     * The year named by the heading of the section {@code at} is in: the nearest paragraph before it that is short, ends
     * no sentence and leads into nothing (二、2024年主要目标和重点工作, not 重点抓好以下工作：) and names a year; sub-headings
     * naming none are passed over; null when none is within {@link #HEADING_REACH} paragraphs.
     */
    static Period headingYear(FigureText doc, int at) {
        String h = yearHeading(doc, at);
        return h == null ? null : lastNamedYear(h, 0, h.length());
    }

    /** The heading {@link #headingYear} reads (the nearest one before {@code at} that names a year), or null. */
    static String yearHeading(FigureText doc, int at) {
        String text = doc.text();
        TextLayout layout = doc.layout();
        int p = layout.paragraphStart(at);
        for (int n = 0; n < HEADING_REACH && p > 0; n++) {
            int end = p - 1;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end <= 0) return null;
            int start = layout.paragraphStart(end - 1);
            String para = text.substring(start, end).strip();
            if (!para.isEmpty() && para.length() <= HEADING_LENGTH && para.chars().noneMatch(c -> TextLayout.SENTENCE_ENDS.indexOf(c) >= 0)
                    && !para.endsWith("：") && !para.endsWith(":")) {
                if (NAMED_YEAR.matcher(para).find()) return para;
            }
            p = start;
        }
        return null;
    }

    /** 上半年，… / 1-5月，全区…: a period that opens a clause (or a quotation) frames what follows; one inside a phrase does not. */
    private static boolean opensClause(String text, PeriodResolver.Found f) {
        int i = f.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        // 二、农 业 全年全县…: after a heading the crawl joined to the text by a space
        return i < 0 || i < f.start() - 1 || TextLayout.endsClause(text.charAt(i)) || text.charAt(i) == '“';
    }

    /** A period the article looks back on (上半年 in a July article), not one ahead (全年 目标): only those carry over. */
    private static boolean reviewed(FigureText doc, Period p) {
        if (p.start() == null && p.end() == null) return false;
        // a late-December article looks back on its whole year
        return doc.refDate() == null || p.end() == null || !p.end().isAfter(doc.refDate())
                || (PeriodResolver.yearClosing(doc.refDate()) && p.end().equals(LocalDate.of(doc.refDate().getYear(), 12, 31)));
    }
}
