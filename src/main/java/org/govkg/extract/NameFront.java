package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name found by its head starts, once the walk back over its tokens has given a first start. Contract:
 * {@link #trimStart} moves the start forward past stop verbs, a class noun put before the name (name-words appositive),
 * determiners, a quantity and (given) division names, and
 * gives -1 when too short a body is left; {@link #skipLeadingVerbs} past leading verbs and adverbs; {@link #capacityLead}
 * and {@link #periodBefore} say how far back a capacity (年产) or an event's period reaches. Positions are char offsets.
 */
final class NameFront {
    private final Lexicons lex;
    private final List<String> capacityLeads, shortBodyHeads, appositives, levelBodyHeads;
    /** lexicon/level-characters.tsv: the characters that stand for a division at a level (县, 区, 市). */
    private final String levelChars;
    private final Pattern quantity, eventPeriod;

    NameFront(Lexicons lex) {
        this.lex = lex;
        this.capacityLeads = lex.nameWords.words("capacity-lead");
        this.shortBodyHeads = lex.nameWords.words("short-body-head");
        this.appositives = lex.nameWords.words("appositive");
        this.levelBodyHeads = lex.nameWords.words("level-body-head");
        StringBuilder lc = new StringBuilder();
        for (String[] r : Tsv.load("/org/govkg/lexicon/level-characters.tsv", 2)) lc.append(r[0]);
        this.levelChars = lc.toString();
        this.quantity = lex.namePatterns.pattern("quantity");
        this.eventPeriod = lex.namePatterns.pattern("event-period");
    }

    /** Drops determiners, verbs and a leading district or town name from the front of a name; -1 when too little is left. */
    int trimStart(String text, int start, int headStart, List<Mention> divisions) {
        // a verb inside the run ends what came before it (园区联合华南理工大学, 园区设立企业服务中心)
        // searched in the name's own stretch: a lastIndexOf over the whole text costs a scan per verb per name
        // the verbs are taken in the set's order, each at its last occurrence (a trie finds them all in one pass)
        String run = text.substring(start, headStart);
        int from = start;
        int[] last = lex.stopVerbsOrdered.lastStarts(run);
        for (int rank = 0; rank < last.length; rank++) {
            int at = last[rank];
            int length = at < 0 ? 0 : lex.stopVerbsOrdered.word(rank).length();
            if (at >= 0 && from + at >= start && from + at + length <= headStart - 2) start = from + at + length;
        }
        // 台资企业甲乙科技有限公司, 企业代表丙丁公司: a class the text puts before a name is no part of it
        for (String w : appositives) {
            int at = run.lastIndexOf(w);
            if (at >= 0 && from + at + w.length() >= start && from + at + w.length() <= headStart - 2) start = from + at + w.length();
        }
        boolean changed = true;
        while (changed && start < headStart) {
            changed = false;
            // each word of the set in its order, where the name now starts: the next one to strip is the least rank after the last
            for (OrderedWords words : List.of(lex.stopVerbsOrdered, lex.nameStopOrdered)) {
                for (int rank = words.firstAt(text, start, headStart - 2, -1); rank >= 0; rank = words.firstAt(text, start, headStart - 2, rank)) {
                    start += words.word(rank).length();
                    changed = true;
                }
            }
            // 建成1000平方米服务指导中心: a quantity in front is no part of the name
            Matcher q = quantity.matcher(text.substring(start, headStart));
            if (q.lookingAt() && headStart - start - q.end() >= 2) { start += q.end(); changed = true; }
            for (Mention d : divisions) {
                if (d.start() == start && d.end() < headStart - 1) {
                    start = d.end();
                    changed = true;
                }
            }
        }
        return headStart - start < minBody(text, headStart) ? -1 : start;
    }

    /** 东大街, 西广场: a two-character head of a street or square may follow a single character. */
    private int minBody(String text, int headStart) {
        for (String h : shortBodyHeads) if (text.startsWith(h, headStart)) return 1;
        // 县工业园, 区会务中心: the zone or venue of the article's own division, named by its level character
        if (headStart > 0 && levelChars.indexOf(text.charAt(headStart - 1)) >= 0)
            for (String h : levelBodyHeads) if (text.startsWith(h, headStart)) return 1;
        return 2;
    }

    /** Past the verbs of two characters or more, 是, and the adverbs at {@code start}, up to {@code headStart}. */
    static int skipLeadingVerbs(List<Token> tokens, int start, int headStart) {
        int k = NameWalker.tokenAt(tokens, start);
        while (k >= 0 && k < tokens.size() && tokens.get(k).start() >= start && tokens.get(k).end() <= headStart) {
            Token t = tokens.get(k);
            String p = t.pos();
            // a verb of two characters or more, 是, or an adverb; a single character may be a name's first (长临河, 栖云)
            boolean verb = (p.startsWith("v") && !p.equals("vn") && (t.text().length() >= 2 || p.equals("vshi"))) || (p.startsWith("d") && t.text().length() >= 2);
            if (!verb) break;
            start = t.end();
            k++;
        }
        return start;
    }

    /**
     * 年产30万吨玉米深加工项目: the capacity the name states begins with a lead (年产) that the walk leaves out; the
     * length of the lead that ends at {@code start} before a digit, or 0.
     */
    int capacityLead(String text, int start) {
        for (String lead : capacityLeads)
            if (start >= lead.length() && text.startsWith(lead, start - lead.length()) && Character.isDigit(text.charAt(start))) return lead.length();
        return 0;
    }

    /** An event is named with its period (2023年上半年经济运行情况新闻发布会): the start moved back over it. */
    int periodBefore(String text, int start) {
        Matcher m = eventPeriod.matcher(text.substring(Math.max(0, start - 12), start));
        return m.find() && m.end() > m.start() ? start - (m.end() - m.start()) : start;
    }
}
