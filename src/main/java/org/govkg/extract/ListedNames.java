package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The names listed before a list marker and a category head (轩正、华涛等7个数字化工厂; 这有山、莲花岛等热门景点).
 * Contract: after the marker (lexicon/name-words.tsv list-marker), an optional count and measure word, then the
 * longest head of lexicon/list-heads.tsv decides the class; the items are read back from the marker, separated by 、,
 * each of 2 to 10 characters after a leading stop verb is cut, and each meaningful (NameBody).
 */
final class ListedNames {
    private final Lexicons lex;
    private final NameBody body;
    private final String marker, countChars, measureChars;

    ListedNames(Lexicons lex, NameBody body) {
        this.lex = lex;
        this.body = body;
        this.marker = lex.nameWords.word("list-marker");
        this.countChars = lex.nameWords.chars("list-count");
        this.measureChars = lex.nameWords.chars("list-measure");
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
            EntityType type = headAfter(text, i + marker.length());
            if (type == null) continue;
            int end = i;
            for (int guard = 0; guard < 12 && end > 0; guard++) {
                int start = end;
                while (start > 0 && end - start < 12 && !boundsItem(text.charAt(start - 1))) start--;
                // 确保妇幼保健等项目: the verb before the first item is not part of it
                boolean trimmed = true;
                while (trimmed) {
                    trimmed = false;
                    for (String w : lex.stopVerbs) if (text.startsWith(w, start) && end - start - w.length() >= 2) { start += w.length(); trimmed = true; }
                }
                String name = text.substring(start, end);
                if (name.length() >= 2 && name.length() <= 10 && body.meaningful(name)) out.add(Mention.of(type, name, start, lex.confidence("name.list")));
                if (start == 0 || text.charAt(start - 1) != '、') break;
                end = start - 1;
            }
        }
        return out;
    }

    /** The marks an item of a list does not run back over (its own list's 、 among them). */
    private static boolean boundsItem(char c) {
        return switch (c) {
            case '、', '，', '。', '；', '：', '\n', ' ', '“', '”', '（', '）' -> true;
            default -> false;
        };
    }

    private EntityType headAfter(String text, int p) {
        int q = p;
        while (q < text.length() && (Character.isDigit(text.charAt(q)) || countChars.indexOf(text.charAt(q)) >= 0)) q++;
        if (q > p && q < text.length() && measureChars.indexOf(text.charAt(q)) >= 0) q++;
        EntityType best = null;
        int bestLen = 0;
        for (var e : lex.listHeads.entrySet()) {
            if (text.startsWith(e.getKey(), q) && e.getKey().length() > bestLen) { best = e.getValue(); bestLen = e.getKey().length(); }
        }
        return best;
    }
}
