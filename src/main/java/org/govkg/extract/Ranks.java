package org.govkg.extract;

import org.govkg.extract.FigureText.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks: 位居全市第一, 排名全省首位, 跻身全区前十 (the verbs and the words for "first" from rules/rank.tsv).
 *
 * <p>Contract: {@link #find} returns a Rank figure for each rank phrase whose subject it can name: the indicator
 * phrase of its clause, else the figure just before it in the sentence (增速高于全省3.4个百分点，位居全市第一:
 * what ranks is what was compared). The label is the subject, the scope (全市) and 排名; the value the place
 * (首位 = 1; 前十 = 10 with the qualifier 前); area and period as for any figure of the clause. The field ranked
 * in (在全省181个区县中) gives the scope, never the subject; a subject that counts indicators (两项指标增速均)
 * ranks each of the figures before it.
 */
final class Ranks {
    private static final FirstChars RANK = FirstChars.of(rankPattern());
    /** A subject that counts indicators (三项指标增速均): the rank is each of theirs. */
    private static final Pattern GROUP = FigureRules.pattern("indicator-group");
    private static final String GROWTH = FigureRules.word("growth-suffix");
    private static final Pattern FIELD = FigureRules.pattern("ranking-field");
    private static final Pattern TRAILING_LOCATIVE = FigureRules.pattern("trailing-locative");
    /** What a rank's label ends with (…全市排名). */
    private static final String LABEL_END = FigureRules.word("rank-label");
    private final IndicatorPhrase phrases;
    private final AreaAttribution areas;
    private final PeriodAttribution periods;
    private final double confidence;

    Ranks(IndicatorPhrase phrases, AreaAttribution areas, PeriodAttribution periods, double confidence) {
        this.phrases = phrases;
        this.areas = areas;
        this.periods = periods;
        this.confidence = confidence;
    }

    private static List<String> rows(String kind) {
        List<String> out = new ArrayList<>();
        for (String[] r : Tsv.load("/org/govkg/rules/rank.tsv", 2)) if (r[1].equals(kind)) out.add(r[0]);
        return out;
    }

    private static Pattern rankPattern() {
        // longer words first, so that 排名 is tried before 排
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        List<String> verbs = rows("verb").stream().map(Pattern::quote).sorted(longestFirst).toList();
        List<String> firsts = rows("first").stream().map(Pattern::quote).sorted(longestFirst).toList();
        return Pattern.compile(FigureRules.regex("rank").replace("{verbs}", String.join("|", verbs)).replace("{firsts}", String.join("|", firsts)));
    }

    List<Figure> find(FigureText doc, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        FirstChars.Finder m = RANK.finder(doc.text());
        while (m.find()) {
            String n = m.group("nth") != null ? m.group("nth") : m.group("topN");
            BigDecimal value = m.group("first") != null ? BigDecimal.ONE : ChineseNumbers.parse(n);
            if (value == null) continue;
            String scope = m.group("scopeBefore") != null ? m.group("scopeBefore") : m.group("scopeAfter");
            int sentenceStart = doc.layout().sentenceStart(m.start()), clauseStart = doc.layout().clauseStart(m.start());
            Figure prev = null;
            for (Figure f : figures) if (f.start() >= sentenceStart && f.end() <= m.start()) prev = f;
            String subject;
            int subjectStart;
            Span phrase = phrases.preceding(doc, clauseStart, m.start(), false);
            // 在全省181个区县中排名第14位: the field ranked in names its scope, not what ranks
            Matcher field = FIELD.matcher(doc.text()).region(doc.layout().sentenceStart(m.start()), m.start() + 1);
            while (field.find()) {
                if (field.end() < m.start() - 1 || field.end() > m.start() + 1) continue;
                if (scope == null) scope = field.group("scope");
                if (phrase != null && phrase.start() >= field.start()) phrase = null;
                clauseStart = Math.min(clauseStart, field.start());
            }
            if (phrase != null) {
                subject = doc.at(phrase);
                subjectStart = phrase.start();
            } else if (prev != null) {
                subject = IndicatorPhrase.withoutComparison(prev);
                subjectStart = prev.start();
            } else continue;
            Figure.AreaRef area = areas.decide(doc, new AreaAttribution.Site(sentenceStart, clauseStart, subjectStart, m.start("verb"), prev));
            Period period = periods.periodFor(doc, sentenceStart, m.start(), false);
            Matcher group = GROUP.matcher(subject);
            if (group.lookingAt()) {
                // 三项指标增速均排名全市第一: each of the figures before it ranks so, none of them is named again
                BigDecimal count = ChineseNumbers.parse(group.group("n"));
                List<Figure> before = figures.stream().filter(f -> f.start() >= sentenceStart && f.end() <= m.start()).toList();
                if (count == null || count.intValue() < 2 || before.size() < count.intValue()) continue;
                String growth = subject.contains(GROWTH) ? GROWTH : "";
                for (Figure f : before.subList(before.size() - count.intValue(), before.size())) {
                    String of = IndicatorPhrase.withoutComparison(f);
                    String label = of + (of.endsWith(growth) ? "" : growth) + (scope != null ? scope : "") + LABEL_END;
                    out.add(new Figure(m.start("verb"), m.end(), sentenceStart, doc.layout().sentenceEnd(m.end()), doc.text().substring(m.start("verb"), m.end()), value, null, Figure.Unit.RANK, Figure.Kind.RANK,
                            null, null, m.group("top"), null, label, period, f.area(), null, confidence));
                }
                continue;
            }
            String label = TRAILING_LOCATIVE.matcher(subject).replaceAll("") + (scope != null ? scope : "") + LABEL_END;
            out.add(new Figure(m.start("verb"), m.end(), sentenceStart, doc.layout().sentenceEnd(m.end()), doc.text().substring(m.start("verb"), m.end()), value, null, Figure.Unit.RANK, Figure.Kind.RANK,
                    null, null, m.group("top"), null, label, period, area, null, confidence));
        }
        return out;
    }
}
