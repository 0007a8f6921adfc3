package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The names listed before a list marker and a category head (轩正、华涛等7个数字化工厂; 这有山、莲花岛等热门景点;
 * 甲水库、乙绕城公路等6个重点项目). Contract: after the marker (lexicon/name-words.tsv list-marker), an optional count and
 * measure word, determiners and generic words (全区重大项目, 招商引资签约项目), then the longest head of
 * lexicon/list-heads.tsv decides the class; the items are read back from the marker, separated by 、, each cut after
 * the last stop verb in it (涵盖甲机场) and the first also after a function character (对乙安置区), of 2 to 10 characters (a project's name,
 * which holds no head of its own, up to 16), and each meaningful (NameBody). Every item is a name of that class, whatever
 * its own last word.
 */
final class ListedNames {
    /** An item is read back at most this far; a project's name may be long (丙至丁公路改建工程). */
    private static final int MAX_ITEM = 10, MAX_PROJECT_ITEM = 16;
    private final Lexicons lex;
    private final NameBody body;
    private final String marker, countChars, measureChars, functionChars;
    private final List<String> enterpriseClasses;

    ListedNames(Lexicons lex, NameBody body) {
        this.lex = lex;
        this.body = body;
        this.marker = lex.nameWords.word("list-marker");
        this.countChars = lex.nameWords.chars("list-count");
        this.measureChars = lex.nameWords.chars("list-measure");
        this.functionChars = lex.nameWords.chars("function-char");
        this.enterpriseClasses = lex.nameWords.words("enterprise-class");
    }

    /**
     * 领军企业甲食品、领头企业乙电子: a company named short right after the class the text gives it (lexicon/name-words.tsv
     * enterprise-class), when the name, of 2 to 8 characters holding no verb, ends at a list mark or 等.
     */
    List<Mention> afterClass(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (String w : enterpriseClasses) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                int start = i + w.length(), end = start;
                while (end < text.length() && end - start <= 8 && !boundsItem(text.charAt(end)) && !text.startsWith(marker, end)) end++;
                if (end >= text.length() || end - start < 2 || end - start > 8) continue;
                if (text.charAt(end) != '、' && !text.startsWith(marker, end)) continue;
                String name = text.substring(start, end);
                if (!body.meaningful(name) || NameBody.holdsVerb(tokens, start, end) || lex.stopVerbsOrdered.lastStarts(name).length > 0
                        && java.util.Arrays.stream(lex.stopVerbsOrdered.lastStarts(name)).anyMatch(x -> x >= 0)) continue;
                out.add(Mention.of(EntityType.ENTERPRISE, name, start, lex.confidence("name.list")));
            }
        }
        return out;
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
            EntityType type = headAfter(text, i + marker.length());
            if (type == null) continue;
            int max = type == EntityType.PROJECT ? MAX_PROJECT_ITEM : MAX_ITEM;
            int end = i;
            for (int guard = 0; guard < 12 && end > 0; guard++) {
                int start = end;
                while (start > 0 && end - start < max + 2 && !boundsItem(text.charAt(start - 1))) start--;
                int bound = start;
                // 确保妇幼保健等项目, 涵盖甲机场: the verb before the first item is not part of it; nor what a function
                // character ends (对乙安置区)
                start = afterVerbs(text, start, end);
                boolean first = bound == 0 || text.charAt(bound - 1) != '、';
                if (first) for (int p = end - 3; p >= start; p--) if (functionChars.indexOf(text.charAt(p)) >= 0) { start = p + 1; break; }
                String name = text.substring(start, end);
                if (name.length() >= 2 && name.length() <= max && body.meaningful(name, !first)) out.add(Mention.of(type, name, start, lex.confidence("name.list")));
                if (first) break;
                end = bound - 1;
            }
        }
        return out;
    }

    /** Past the last stop verb in [start, end) that leaves two characters or more of the item. */
    private int afterVerbs(String text, int start, int end) {
        String item = text.substring(start, end);
        int[] last = lex.stopVerbsOrdered.lastStarts(item);
        int cut = 0;
        for (int rank = 0; rank < last.length; rank++) {
            if (last[rank] < 0) continue;
            int after = last[rank] + lex.stopVerbsOrdered.word(rank).length();
            if (after <= item.length() - 2 && after > cut) cut = after;
        }
        return start + cut;
    }

    /** The marks an item of a list does not run back over (its own list's 、 among them). */
    private static boolean boundsItem(char c) {
        return switch (c) {
            case '、', '，', '。', '；', '：', '\n', ' ', '“', '”', '（', '）', ',', ';', ':', '(', ')', '"' -> true;
            default -> false;
        };
    }

    private EntityType headAfter(String text, int p) {
        int q = p;
        while (q < text.length() && (Character.isDigit(text.charAt(q)) || countChars.indexOf(text.charAt(q)) >= 0)) q++;
        if (q > p && q < text.length() && measureChars.indexOf(text.charAt(q)) >= 0) q++;
        // 等全区重大项目, 等10个招商引资签约项目: determiners and generic words may stand before the head
        for (int guard = 0; guard < 4; guard++) {
            EntityType best = null;
            int bestLen = 0;
            for (var e : lex.listHeads.entrySet()) {
                if (text.startsWith(e.getKey(), q) && e.getKey().length() > bestLen) { best = e.getValue(); bestLen = e.getKey().length(); }
            }
            if (best != null) return best;
            int rank = lex.nameStopOrdered.firstAt(text, q, Math.min(text.length(), q + 6), -1);
            int length = rank >= 0 ? lex.nameStopOrdered.word(rank).length() : 0;
            if (rank < 0) {
                rank = lex.nameGenericOrdered.firstAt(text, q, Math.min(text.length(), q + 6), -1);
                length = rank >= 0 ? lex.nameGenericOrdered.word(rank).length() : 0;
            }
            if (rank < 0) return null;
            q += length;
        }
        return null;
    }
}
