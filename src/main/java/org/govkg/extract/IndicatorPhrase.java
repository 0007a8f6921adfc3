package org.govkg.extract;

import org.govkg.extract.FigureText.Span;
import org.govkg.nlp.Token;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrase that names a figure's indicator, and its concept in the scheme.
 *
 * <p>Contract: {@link #preceding} is the phrase before a figure (地区生产总值实现427.8亿元 → 地区生产总值),
 * without the period, the area, the opening words (其中, 力争), a heading before it (目标是：, a title before a
 * space), a parenthesis closing it, the means it is stated by (则以) and the verbs around it, 2 to 24 characters
 * with a CJK character (or an acronym), else null. {@link #withoutAsides} leaves the parentheses and place
 * phrases inside a label out; {@link #verbBefore} is the verb that says what a count counts (开工13个项目). {@link #following} is the run of nouns right after a count
 * (7个数字化工厂 → 数字化工厂). {@link #danglingClause}, {@link #sharedVerb} and {@link #comparedSubject}
 * find the phrase where the genre leaves it out. {@link #conceptOf} maps a label to a scheme concept only when
 * the concept's surface covers at least half of it.
 */
final class IndicatorPhrase {
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");
    private static final List<String> LEADS = FigureRules.words("phrase-lead");
    private static final List<String> SHARE_HEADS = FigureRules.words("share-head");
    private static final List<String> NOT_FIGURE_VERBS = FigureRules.words("not-figure-verb");
    private static final String POSSESSIVE = FigureRules.word("possessive");
    private static final String GROWTH = FigureRules.word("growth-suffix");
    private static final List<String> HEADING_MARKS = FigureRules.words("heading-mark");
    private static final List<String> MEANS = FigureRules.words("means-verb");
    private static final List<String> INNER_LOCATIVES = FigureRules.words("inner-locative");
    private static final int MAX_VERB_BEFORE = 6;
    private static final Pattern ASIDES = FigureRules.pattern("label-aside");
    private static final int MAX_FOLLOWING = 14, MAX_LENGTH = 24;

    private final Lexicons lex;
    private final IndicatorLexicon indicators;

    IndicatorPhrase(Lexicons lex, IndicatorLexicon indicators) {
        this.lex = lex;
        this.indicators = indicators;
    }

    /** The indicator phrase in [from, to), without the period, the area and the verb; {@code stripChange} strips a change verb at its end. */
    Span preceding(FigureText doc, int from, int to, boolean stripChange) {
        String text = doc.text();
        int s = from, e = to;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            char c = text.charAt(s);
            if (!FigureText.isCjk(c) && !Character.isLetterOrDigit(c) && c != '“') { s++; changed = true; continue; }
            for (PeriodResolver.Found f : doc.periods()) if (f.start() == s && f.end() <= e) { s = f.end(); changed = true; }
            for (String w : lex.stripWords) {
                if (w.length() > 1 && text.startsWith(w, s) && s + w.length() <= e) { s += w.length(); changed = true; }
            }
            for (Mention m : doc.mentions()) {
                if (m.start() == s && m.end() < e && FigureText.isArea(m)) { s = m.end(); changed = true; }
            }
            for (String w : lex.anaphora.keySet()) {
                if (text.startsWith(w, s) && s + w.length() < e) { s += w.length(); changed = true; }
            }
            // 力争年内新增入驻企业80家: the vow says the figure is a target (read from the text), it is no part of the indicator
            for (String w : LEADS) {
                if (text.startsWith(w, s) && s + w.length() < e) { s += w.length(); changed = true; }
            }
        }
        // …的X: the head after the last 的 is the indicator, unless it is a share's (…占…的比重)
        int de = FigureRules.lastIndexWithin(text, POSSESSIVE, e - 1, s);
        boolean share = false;
        for (String w : SHARE_HEADS) if (de >= s && text.startsWith(w, de + 1) && de + 1 + w.length() <= e) share = true;
        if (de >= s && e - de - 1 >= 2 && !share) s = de + 1;
        for (Mention m : doc.mentions()) if (m.start() == s && m.end() < e - 1 && FigureText.isArea(m)) s = m.end();
        changed = true;
        while (changed && e > s) {
            changed = false;
            for (String w : lex.stripWords) {
                if (text.startsWith(w, e - w.length()) && e - w.length() >= s) { e -= w.length(); changed = true; }
            }
            // 增速 stays in a comparison (GDP增速高于全省) and a rank (增速排名全市首位): it is what they compare
            for (String w : stripChange ? ChangeWords.VERBS.keySet() : Set.<String>of()) {
                if (text.startsWith(w, e - w.length()) && e - w.length() >= s) { e -= w.length(); changed = true; }
            }
            for (PeriodResolver.Found f : doc.periods()) if (f.end() == e && f.start() >= s) { e = f.start(); changed = true; }
            // 进出口总额（不含某厂）2798万美元: what a parenthesis leaves out or adds is no part of the name
            int open = e > s && isClosing(text.charAt(e - 1)) ? lastOpening(text, s, e - 1) : -1;
            if (open > s) { e = open; changed = true; }
            // 某园区以28亿元位居榜首: the means the figure is stated by is no part of the indicator
            for (String w : MEANS) {
                if (text.startsWith(w, e - w.length()) && e - w.length() >= s) { e -= w.length(); changed = true; }
            }
            while (e > s && !FigureText.isCjk(text.charAt(e - 1)) && !Character.isLetterOrDigit(text.charAt(e - 1))
                    && text.charAt(e - 1) != '）' && text.charAt(e - 1) != '”') { e--; changed = true; }
        }
        // 奋斗目标是：地区生产总值, 对外经济 全区进出口总额: a heading or a lead before the phrase is no part of it
        int heading = headingEnd(text, s, e);
        if (heading > s) return preceding(doc, heading, to, stripChange);
        String p = text.substring(s, e);
        if (p.length() < 2 || p.length() > MAX_LENGTH) return null;
        if (p.chars().noneMatch(ch -> FigureText.isCjk((char) ch)) && !ACRONYM.matcher(p).matches()) return null;
        return new Span(s, e);
    }

    /** Where a phrase starts after the last heading mark (：) or space between two words in [s, e), or s. */
    private static int headingEnd(String text, int s, int e) {
        int cut = s;
        for (String m : HEADING_MARKS) {
            int i = FigureRules.lastIndexWithin(text, m, e - 1 - m.length(), s);
            if (i >= s) cut = Math.max(cut, i + m.length());
        }
        for (int i = e - 2; i > cut; i--) {
            if (Character.isWhitespace(text.charAt(i)) && FigureText.isCjk(text.charAt(i + 1)) && !Character.isWhitespace(text.charAt(i - 1))) {
                cut = i + 1;
                break;
            }
        }
        return cut;
    }

    private static boolean isClosing(char c) {
        return c == '）' || c == ')';
    }

    /** The opening bracket of the parenthesis that closes at {@code close}, when it opens in [s, close); else -1. */
    private static int lastOpening(String text, int s, int close) {
        for (int i = close - 1; i >= s; i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') return i;
            if (isClosing(c)) return -1;
        }
        return -1;
    }

    /**
     * A label without its asides: a parenthesis (农林牧渔业（含服务业）增加值) and a place phrase (计划在某湖区域投资)
     * say where or what else, not what is counted.
     */
    static String withoutAsides(String label) {
        String l = ASIDES.matcher(label).replaceAll("");
        return l.length() >= 2 ? l : label;
    }

    /** Whether a phrase is only an opening word (力争, 其中): it names no indicator of its own. */
    static boolean onlyLead(String phrase) {
        return LEADS.contains(phrase);
    }

    /** 7个数字化工厂 陆续建成: the run of nouns right after a count at {@code p}, or null. */
    Span following(FigureText doc, int p) {
        List<Token> tokens = doc.tokens();
        int k = NameWalker.tokenAt(tokens, p);
        if (k < 0 || tokens.get(k).start() != p) return null;
        int e = p;
        while (k < tokens.size() && e - p < MAX_FOLLOWING) {
            Token t = tokens.get(k);
            String pos = t.pos();
            boolean beforeNoun = k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("n");
            // 69家规模以上工业企业, 3个百亿工业项目: a class word inside the noun run, a size word opening it
            boolean nounish = pos.startsWith("n") || pos.equals("vn") || pos.equals("b") || pos.startsWith("g") || pos.equals("j")
                    || (pos.equals("a") && t.text().length() <= 2 && beforeNoun)
                    || (e > p && beforeNoun && INNER_LOCATIVES.contains(t.text()))
                    || (e == p && beforeNoun && pos.equals("m") && t.text().chars().allMatch(c -> ChineseNumbers.isChineseNumeral((char) c)));
            // 重点 stops a name, not a noun run (13个重点项目)
            if (!nounish || (lex.stopVerbs.contains(t.text()) && !pos.startsWith("n"))) break;
            e = t.end();
            k++;
        }
        return e - p >= 2 ? new Span(p, e) : null;
    }

    /**
     * 首批开工13个重点项目, 现场签约40个项目: the short verb phrase in [from, to) right before a count whose noun
     * follows it, which says what the count counts (开工, 签约); null when the phrase there is longer than a few
     * characters or does not end in a verb.
     */
    Span verbBefore(FigureText doc, int from, int to) {
        Span phrase = preceding(doc, from, to, false);
        if (phrase == null || phrase.end() != to || phrase.end() - phrase.start() > MAX_VERB_BEFORE) return null;
        List<Token> tokens = doc.tokens();
        int k = NameWalker.tokenAt(tokens, phrase.end() - 1);
        return k >= 0 && tokens.get(k).end() == phrase.end() && tokens.get(k).pos().startsWith("v") && !tokens.get(k).pos().equals("vn") ? phrase : null;
    }

    /**
     * 签约落户重点项目9个、企业40家: the verb that opens a list of figures belongs to every item, so the second
     * item is 签约落户企业. Only for an item right after the 、 that follows the previous figure; else "".
     */
    String sharedVerb(FigureText doc, Figure prev, int phraseStart) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        int i = phraseStart - 1;
        if (i < 0 || text.charAt(i) != '、' || prev.end() != i) return "";
        String label = prev.indicatorLabel();
        int at = text.lastIndexOf(label, prev.start());
        if (at < 0) return "";
        StringBuilder verbs = new StringBuilder();
        for (int k = NameWalker.tokenAt(tokens, at); k >= 0 && k < tokens.size() && tokens.get(k).end() <= at + label.length(); k++) {
            String pos = tokens.get(k).pos();
            if (pos.startsWith("n") || pos.equals("a") || pos.equals("vn") || pos.equals("b")) break;
            verbs.append(tokens.get(k).text());
        }
        return verbs.length() >= 2 && verbs.length() < label.length() ? verbs.toString() : "";
    }

    /**
     * A sentence the layout split across paragraphs (「…工业总产值实现」 / 「338.1亿元，…」): the last clause of the
     * nearest earlier paragraph (of more than 20 characters) that breaks off with a figure verb, or null.
     */
    Span danglingClause(FigureText doc, int p) {
        String text = doc.text();
        int i = doc.layout().paragraphStart(p) - 1;
        for (int guard = 0; guard < 12 && i > 0; guard++) {
            while (i > 0 && text.charAt(i) == '\n') i--;
            if (i <= 0) return null;
            int paragraphStart = doc.layout().paragraphStart(i);
            if (FigureText.isCjk(text.charAt(i)) && i - paragraphStart > 20 && endsWithFigureVerb(text, i + 1))
                return new Span(doc.layout().clauseStart(i), i + 1);
            i = paragraphStart - 1;
        }
        return null;
    }

    /** …总产值实现 / …达到: a clause that breaks off right where its figure should stand. */
    private boolean endsWithFigureVerb(String text, int end) {
        for (String w : lex.stripWords)
            if (!w.isEmpty() && !NOT_FIGURE_VERBS.contains(w) && text.startsWith(w, end - w.length())) return true;
        return false;
    }

    /** 规上工业增加值增长8.1%，高于全省…: what a comparison without a subject of its own compares (…增速). */
    String comparedSubject(Figure prev) {
        String l = withoutComparison(prev);
        return l + (prev.comparedTo() == null && prev.changeRate() != null && !l.endsWith(GROWTH) ? GROWTH : "");
    }

    /** 地区生产总值增速高于全省 → 地区生产总值增速: what a comparison compares; any other figure's label as it is. */
    static String withoutComparison(Figure f) {
        String l = f.indicatorLabel();
        if (f.unit() != Figure.Unit.PERCENTAGE_POINT) return l;
        int cut = l.length();
        for (String c : ChangeWords.COMPARISONS.keySet()) {
            int i = l.indexOf(c);
            if (i > 0 && i < cut) cut = i;
        }
        return l.substring(0, cut);
    }

    /** The slug of the scheme concept the label names, when its surface covers at least half of it; else null. */
    String conceptOf(String label) {
        Trie.Match<IndicatorLexicon.Concept> c = indicators.longestIn(label);
        return c != null && (c.end() - c.start()) * 2 >= label.length() ? c.value().id() : null;
    }
}
