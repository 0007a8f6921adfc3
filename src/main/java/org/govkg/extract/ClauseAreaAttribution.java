package org.govkg.extract;

import java.util.List;
import java.util.Map;

import static org.govkg.extract.Figure.AreaReason.*;

/**
 * The genre's area rules, as a chain ({@link AreaAttribution#firstOf}), first decision wins: a place named in
 * the clause before the indicator; a word for the article's own division in the clause (全区); an anaphor
 * (园区, 该项目); a place at the head of a sentence of at most one comma; the project, company or park that is the
 * subject of the clause before; the area of the figure before in the sentence; else the article's division.
 * A name followed by 等 or 、 is an example of what is counted (云岭科技等5户企业), never the area.
 */
final class ClauseAreaAttribution implements AreaAttribution {
    private static final List<String> EXAMPLE_AFTER = FigureRules.words("example-after");
    private static final List<String> COMPARISON_LEADS = FigureRules.words("comparison-lead");
    private static final String POSSESSIVE = FigureRules.word("possessive");
    private static final List<String> COMPARISONS = List.copyOf(ChangeWords.COMPARISONS.keySet());

    private final Map<String, String> areaWords;
    private final Anaphora anaphora;
    private final AreaAttribution chain;

    ClauseAreaAttribution(Lexicons lex, Anaphora anaphora) {
        this.areaWords = lex.areaWords;
        this.anaphora = anaphora;
        this.chain = AreaAttribution.firstOf(List.of(this::clauseName, this::areaWord, this::anaphor, this::sentenceHead,
                this::previousClauseSubject, this::previousFigure));
    }

    @Override
    public Figure.AreaRef decide(FigureText doc, Site site) {
        return chain.decide(doc, site);
    }

    /** The nearest name before the indicator; of two that start together the longer (白鹭湾物流园项目, not its town). */
    Figure.AreaRef clauseName(FigureText doc, Site site) {
        Mention best = null;
        for (Mention m : doc.mentions()) {
            if (!FigureText.isArea(m) || m.start() < site.clauseStart() || m.end() > site.at() || example(doc, m)) continue;
            if ((m.start() <= site.phraseStart() + 1 || m.end() <= site.phraseStart()) && (best == null || m.end() > best.end())) best = m;
        }
        return best == null ? null : new Figure.AreaRef(best, null, CLAUSE_NAME);
    }

    /** 全区省市重点项目完成投资…: the clause's own 全区 beats a name at the head of the sentence; 高于全省 compares. */
    Figure.AreaRef areaWord(FigureText doc, Site site) {
        for (var e : areaWords.entrySet()) {
            int i = FigureRules.indexWithin(doc.text(), e.getKey(), site.clauseStart(), site.at());
            if (i >= 0 && i < site.at() && !e.getValue().equals("country") && !precededByComparison(doc.text(), i))
                return new Figure.AreaRef(null, e.getValue(), AREA_WORD, e.getKey());
        }
        return null;
    }

    Figure.AreaRef anaphor(FigureText doc, Site site) {
        Mention meant = anaphora.resolve(doc, site.clauseStart(), site.at());
        return meant == null ? null : new Figure.AreaRef(meant, null, ANAPHOR);
    }

    /** 青禾县上半年实现…: a place opening a sentence (after its period) with at most one comma before the figure. */
    Figure.AreaRef sentenceHead(FigureText doc, Site site) {
        int from = site.sentenceStart();
        if (commas(doc.text(), from, site.at()) > 1) return null;
        for (Mention m : doc.mentions()) {
            if (!FigureText.isArea(m) || m.start() < from || m.end() > site.at() || example(doc, m)) continue;
            int lead = m.start() - from;
            if (lead == 0 || lead <= leadingPeriodLength(doc, from)) return new Figure.AreaRef(m, null, SENTENCE_HEAD);
        }
        return null;
    }

    /**
     * …一期项目由…承建，总投资26亿元: a clause without a subject continues one of the two clauses before, when a
     * project, company or park opens it (optionally after 「division的」), or a park word does.
     */
    Figure.AreaRef previousClauseSubject(FigureText doc, Site site) {
        String text = doc.text();
        int end = site.clauseStart() - 1;
        for (int guard = 0; guard < 2 && end > site.sentenceStart(); guard++) {
            int start = doc.layout().clauseStart(end);
            int at = start;
            for (Mention d : doc.mentions())
                if (d.type() == EntityType.DIVISION && d.start() == at && text.startsWith(POSSESSIVE, d.end())) at = d.end() + POSSESSIVE.length();
            for (Mention m : doc.mentions()) {
                if (m.type() != EntityType.PROJECT && m.type() != EntityType.ENTERPRISE && m.type() != EntityType.ZONE) continue;
                if (m.start() < at || m.start() > at + 1 || m.end() > end || example(doc, m)) continue;
                return new Figure.AreaRef(m, null, PREVIOUS_CLAUSE_SUBJECT);
            }
            for (var e : anaphora.words().entrySet()) {
                if (e.getValue() == EntityType.ZONE && text.startsWith(e.getKey(), start)) {
                    Mention meant = anaphora.resolve(doc, start, start + e.getKey().length() + 1);
                    if (meant != null) return new Figure.AreaRef(meant, null, PREVIOUS_CLAUSE_SUBJECT);
                }
            }
            end = start - 1;
        }
        return null;
    }

    Figure.AreaRef previousFigure(FigureText doc, Site site) {
        Figure prev = site.previous();
        return prev != null && prev.area() != null ? prev.area().because(PREVIOUS_FIGURE) : null;
    }

    /** The first area mention inside [from, to) (a clause cut off before its figure), or null. */
    static Figure.AreaRef areaIn(FigureText doc, int from, int to) {
        for (Mention m : doc.mentions()) if (m.start() >= from && m.end() <= to && FigureText.isArea(m)) return new Figure.AreaRef(m, null, DANGLING_CLAUSE);
        return null;
    }

    /** The area word at {@code p} (高于全省 → the province), or null. */
    Figure.AreaRef areaWordAt(String text, int p) {
        for (var e : areaWords.entrySet()) if (text.startsWith(e.getKey(), p)) return new Figure.AreaRef(null, e.getValue(), AREA_WORD, e.getKey());
        return null;
    }

    private static boolean example(FigureText doc, Mention m) {
        return FigureRules.startsWithAny(doc.text(), m.end(), EXAMPLE_AFTER) != null;
    }

    private static int commas(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (text.charAt(i) == '，') n++;
        return n;
    }

    private static boolean precededByComparison(String text, int i) {
        return FigureRules.endsWithAny(text, i, COMPARISONS) || FigureRules.endsWithAny(text, i, COMPARISON_LEADS);
    }

    private static int leadingPeriodLength(FigureText doc, int sentenceStart) {
        for (PeriodResolver.Found f : doc.periods()) if (f.start() == sentenceStart) return f.end() - f.start() + 1;
        return 0;
    }
}
