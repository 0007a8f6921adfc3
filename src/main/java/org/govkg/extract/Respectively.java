package org.govkg.extract;

import org.govkg.extract.FigureText.Span;
import org.govkg.extract.Quantities.Quantity;
import org.govkg.ingest.TextLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 分别 lists: the n-th figure after 分别 belongs to the n-th item of the list before it.
 *
 * <p>Contract: {@link #items} maps the start of each quantity of a 分别 list (城镇、农村居民人均可支配收入分别增长6.3%和8.7%)
 * to its item: the label (the items share the last one's tail: 城镇居民人均可支配收入), the sign of a change verb
 * right after 分别 (0 when none), and where the list stands. {@link #rates} maps the start of each rate of a
 * 分别 change (…分别达到A和B，分别增长x%和y%) to the figure it is the change of: the n-th of the last figures
 * before it in the sentence, or, after a list of levels (…分别达到A和B，增长x%、y%), of the clause after it.
 * Both only when the counts agree, and only within one clause after 分别; a word that joins the items
 * (城乡居民… = 城镇居民…, 农村居民…, rules/joint-items.tsv) is a list.
 */
final class Respectively {
    static final String WORD = FigureRules.word("respectively");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(String.join("|",
            FigureRules.words("list-separator").stream().map(Pattern::quote).toList()));

    /** What a change clause after a list of levels may open with before its verb (同口径增长, 同比增长). */
    private static final List<String> RATE_LEADS = FigureRules.words("rate-lead");
    /** Words that join a list's items in one (城乡 = 城镇、农村), each with its items in order. */
    private static final Map<String, List<String>> JOINT = joints();

    private static Map<String, List<String>> joints() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String[] r : Tsv.load("/org/govkg/rules/joint-items.tsv", 2)) out.put(r[0], List.of(LIST_SEPARATOR.split(r[1])));
        return out;
    }

    /** An item of a 分别 list: its label, the list's change sign, its clause and its subject phrase. */
    record Item(String label, int sign, int clauseStart, Span subject) {}

    /** A rate of a 分别 change: the start of the figure it changes, and the sign of the change. */
    record Rate(int figureStart, int sign) {}

    private final IndicatorPhrase phrases;

    Respectively(IndicatorPhrase phrases) {
        this.phrases = phrases;
    }

    Map<Integer, Item> items(FigureText doc, List<Quantity> quantities) {
        Map<Integer, Item> out = new HashMap<>();
        String text = doc.text();
        for (int i = text.indexOf(WORD); i >= 0; i = text.indexOf(WORD, i + WORD.length())) {
            int clauseStart = doc.layout().clauseStartKeepingLists(i);
            Span subject = phrases.preceding(doc, clauseStart, i, true);
            if (subject == null) continue;
            String[] items = LIST_SEPARATOR.split(doc.at(subject));
            if (items.length < 2) items = joint(doc.at(subject));
            if (items.length < 2) continue;
            List<Quantity> after = inClauseAfter(doc, i, quantities, false);
            if (after.size() != items.length) continue;
            int sign = ChangeWords.verbSignAt(text, i + WORD.length());
            String last = items[items.length - 1];
            for (int k = 0; k < items.length; k++) {
                String item = items[k].strip();
                String label = k < items.length - 1 && last.length() > item.length() ? item + last.substring(item.length()) : item;
                out.put(after.get(k).start(), new Item(label, sign, clauseStart, subject));
            }
        }
        return out;
    }

    Map<Integer, Rate> rates(FigureText doc, List<Quantity> quantities) {
        Map<Integer, Rate> out = new HashMap<>();
        String text = doc.text();
        for (int i = text.indexOf(WORD); i >= 0; i = text.indexOf(WORD, i + WORD.length())) {
            int sign = ChangeWords.verbSignAt(text, i + WORD.length());
            if (sign == 0) {
                // …分别达到A和B，（同口径）增长x%、y%: the clause after a list of levels changes them in order
                List<Quantity> levels = inClauseAfter(doc, i, quantities, false);
                if (levels.size() < 2 || levels.stream().anyMatch(Quantity::isPercent)) continue;
                int next = clauseEnd(doc, levels.get(levels.size() - 1).end());
                if (next >= text.length() || TextLayout.endsSentence(text.charAt(next))) continue;
                int verbAt = next + 1;
                for (String w : RATE_LEADS) if (text.startsWith(w, verbAt)) { verbAt += w.length(); break; }
                int rateSign = ChangeWords.verbSignAt(text, verbAt);
                List<Quantity> rates = inClauseAfter(doc, verbAt, quantities, false);
                if (rateSign == 0 || rates.size() != levels.size() || !rates.stream().allMatch(Quantity::isPercent)) continue;
                for (int k = 0; k < rates.size(); k++) out.put(rates.get(k).start(), new Rate(levels.get(k).start(), rateSign));
                continue;
            }
            List<Quantity> rates = inClauseAfter(doc, i, quantities, true);
            if (rates.size() < 2) continue;
            // the figures before it in the sentence, the last as many as there are rates: …分别达到A和B，分别增长… or
            // 全年接待游客A，实现旅游收入B，分别增长…
            int sentenceStart = doc.layout().sentenceStart(i), at = i;
            List<Quantity> before = quantities.stream().filter(q -> q.start() >= sentenceStart && q.end() <= at && !q.isPercent()).toList();
            if (before.size() < rates.size()) continue;
            List<Quantity> figures = before.subList(before.size() - rates.size(), before.size());
            for (int k = 0; k < rates.size(); k++) out.put(rates.get(k).start(), new Rate(figures.get(k).start(), sign));
        }
        return out;
    }

    /** The quantities (only percents with {@code percentsOnly}) after {@code at} up to the end of its clause (、 and 和 join a list). */
    private static List<Quantity> inClauseAfter(FigureText doc, int at, List<Quantity> quantities, boolean percentsOnly) {
        List<Quantity> out = new ArrayList<>();
        int end = clauseEnd(doc, at);
        for (Quantity q : quantities) {
            if (q.start() <= at) continue;
            if (q.start() >= end) break;
            if (!percentsOnly || q.isPercent()) out.add(q);
        }
        return out;
    }

    /** Where the clause around {@code at} ends, reading 、 as part of it: at the next comma, colon or sentence mark. */
    private static int clauseEnd(FigureText doc, int at) {
        String text = doc.text();
        int p = at;
        while (p < text.length() && TextLayout.CLAUSE_ENDS_KEEPING_LISTS.indexOf(text.charAt(p)) < 0) p++;
        return p;
    }

    /** 城乡居民人均可支配收入 → 城镇居民…, 农村居民…: a subject that joins its items in one word (rules/joint-items.tsv). */
    private static String[] joint(String subject) {
        for (var e : JOINT.entrySet()) {
            int at = subject.indexOf(e.getKey());
            if (at < 0) continue;
            String head = subject.substring(0, at), tail = subject.substring(at + e.getKey().length());
            return e.getValue().stream().map(item -> head + item + tail).toArray(String[]::new);
        }
        return new String[0];
    }
}
