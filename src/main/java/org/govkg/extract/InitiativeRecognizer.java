package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Named strategies and campaigns: a quoted slogan that the text calls a strategy, project, goal …
 * (“一主六双”发展战略) or that counts its parts (“六项任务”, “五个率先发展”), or a slogan of parallel parts
 * (“甲兴县、乙稳县”, “北方水城·美丽乙州”), in double quotes or corner brackets; an unquoted numbered programme
 * (六大战略, 五大攻坚战, rules/initiative.tsv numbered); and an unquoted name ending in 攻坚战 / 行动计划 / 三年行动.
 */
final class InitiativeRecognizer {
    private static final NamedRules RULES = NamedRules.load("/org/govkg/rules/initiative.tsv");
    private static final java.util.regex.Pattern LEADING_YEAR = RULES.pattern("leading-year"), NUMBERED = RULES.pattern("numbered"),
            PART_MARKS = RULES.pattern("part-marks");
    /** The longest slogan of parallel parts read from a quote. */
    private static final int MAX_SLOGAN = 32;
    private static final String CAMPAIGN_SUFFIX = RULES.get("campaign-suffix"), OF = RULES.get("of"),
            FRAME_VERB = RULES.get("frame-verb"), FRAME_CLOSE = RULES.get("frame-close"), ACTION = RULES.get("action"),
            STANCE_OPENING = RULES.get("stance-opening");
    private static final List<String> UNQUOTED_HEADS = Tsv.words("/org/govkg/lexicon/initiative-unquoted-heads.tsv");
    private static final List<String> VOWS = Tsv.words("/org/govkg/lexicon/initiative-vows.tsv");
    /** The numbered programmes searched only where a numeral starts one. */
    private static final FirstChars NUMBERED_AT = FirstChars.of(NUMBERED);
    private final Lexicons lex;
    private final NameWalker walker;

    InitiativeRecognizer(Lexicons lex) {
        this.lex = lex;
        this.walker = new NameWalker(lex);
    }

    List<Mention> recognize(String text, List<Token> tokens, List<Mention> divisions) {
        List<Mention> out = new ArrayList<>();
        for (QuotedSpan span : QuotedSpan.withCorners(text)) {
            int i = span.open(), j = span.close();
            String inner = span.inner(text);
            // “甲兴县、乙稳县”, “融入甲城，争先乙州”, “北方水城·美丽乙州”: a slogan of parallel parts is a named aim whatever follows
            boolean parts = parallelParts(inner);
            if (inner.length() < 2 || inner.length() > (parts ? MAX_SLOGAN : 16) || !parts && inner.indexOf('，') >= 0 || inner.indexOf('。') >= 0
                    || inner.indexOf('‘') >= 0) continue;
            boolean byVerb = verbBefore(text, i) || parts;
            if (!byVerb && lex.nameSuffixes.keySet().stream().anyMatch(s -> s.length() > 1 && inner.endsWith(s) && !s.equals(CAMPAIGN_SUFFIX))) continue;
            if (lex.initiativeStop.contains(inner) || inner.startsWith(STANCE_OPENING)) continue;
            // 一天也不耽误, 一刻也不放松: a vow, not a named campaign
            if (VOWS.stream().anyMatch(inner::contains)) continue;
            final int open = i + 1;
            if (divisions.stream().anyMatch(d -> d.start() == open || inner.startsWith(d.surface()))) continue;
            boolean counted = ChineseNumbers.isChineseNumeral(inner.charAt(0)) || Character.isDigit(inner.charAt(0));
            boolean headed = headAfter(text, tokens, j + 1) || byVerb && !inner.contains(OF);
            // “四上”企业: a short counted quote that modifies a noun is a category, not a campaign (“五位一体”产业扶贫 is one)
            if (counted && !headed && inner.length() <= 2 && nounFollows(tokens, j + 1)) continue;
            if (!counted && !headed) continue;
            out.add(Mention.of(EntityType.INITIATIVE, inner, i + 1, lex.confidence(headed ? "initiative.quoted-headed" : "initiative.quoted-counted")));
        }
        // 实施六大战略, 提升六条路径, …五大攻坚战: a numbered programme, from its count
        FirstChars.Finder nm = NUMBERED_AT.finder(text);
        while (nm.find()) {
            final int s0 = nm.start(), e0 = nm.end();
            if (out.stream().anyMatch(m -> m.overlaps(s0, e0))) continue;
            out.add(Mention.of(EntityType.INITIATIVE, nm.group(), s0, lex.confidence("initiative.unquoted")));
        }
        for (String head : UNQUOTED_HEADS) {
            for (int i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
                int end = i + head.length();
                if (text.startsWith(ACTION, end)) end += ACTION.length();
                final int start = NameRecognizer.skipLeadingVerbs(tokens, skipPeriod(text, walker.walkBack(text, tokens, i, true, 16)), i), headEnd = i + head.length();
                if (start == i || (start > 0 && text.charAt(start - 1) == '”')) continue;
                String name = text.substring(start, end);
                if (out.stream().anyMatch(m -> m.overlaps(start, headEnd))) continue;
                out.add(Mention.of(EntityType.INITIATIVE, name, start, lex.confidence("initiative.unquoted")));
            }
        }
        return out;
    }

    /** Two to six parts split by rules/initiative.tsv part-marks, each of three characters or more (甲兴县、乙稳县). */
    private static boolean parallelParts(String inner) {
        String[] p = PART_MARKS.split(inner, -1);
        if (p.length < 2 || p.length > 6) return false;
        for (String x : p) if (x.strip().length() < 3) return false;
        return true;
    }

    private static boolean nounFollows(List<Token> tokens, int p) {
        int k = NameWalker.tokenAt(tokens, p);
        return k >= 0 && tokens.get(k).start() == p && tokens.get(k).pos().startsWith("n");
    }

    /** 2023年是…三年行动: a year at the front dates the sentence, it does not name the campaign. */
    private static int skipPeriod(String text, int start) {
        java.util.regex.Matcher m = LEADING_YEAR.matcher(text);
        m.region(start, Math.min(text.length(), start + 6));
        return m.lookingAt() ? m.end() : start;
    }

    /** 深入实施“双招双引”, 以“项目建设攻坚年”为抓手: an implementing verb right before the quote. */
    private boolean verbBefore(String text, int quote) {
        for (String v : lex.initiativeVerbs) {
            if (!text.startsWith(v, quote - v.length())) continue;
            if (v.equals(FRAME_VERB)) {
                int close = text.indexOf('”', quote);
                return close > 0 && text.startsWith(FRAME_CLOSE, close + 1);
            }
            return true;
        }
        return false;
    }

    /** A head ending the noun phrase after the quote (“平战结合”基层治理体系), across a chain of quotes (“点快工”“青创助残”服务平台). */
    private boolean headAfter(String text, List<Token> tokens, int p) {
        int q = p;
        if (text.startsWith(OF, q)) q += OF.length();
        if (q < text.length() && text.charAt(q) == '“') {
            int close = text.indexOf('”', q);
            if (close > 0 && close - q <= 16) return headAfter(text, tokens, close + 1);
        }
        int k = NameWalker.tokenAt(tokens, q);
        if (k < 0 || tokens.get(k).start() != q) return false;
        StringBuilder phrase = new StringBuilder();
        for (int n = 0; n < 4 && k < tokens.size(); n++, k++) {
            Token t = tokens.get(k);
            String pos = t.pos();
            if (!(pos.startsWith("n") || pos.startsWith("v") || pos.equals("b") || pos.startsWith("g") || pos.equals("j") || pos.equals("a"))) break;
            if (pos.startsWith("v") && !pos.equals("vn") && n > 0) break;
            phrase.append(t.text());
            for (String h : lex.initiativeHeads) if (phrase.toString().endsWith(h)) return true;
        }
        return false;
    }
}
