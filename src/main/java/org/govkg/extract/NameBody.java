package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the stretch in front of a name's head names a thing. Contract: {@link #meaningful} is false for a body made
 * only of determiners, generic words, stop verbs and size classes (lexicon/name-stop, name-generic, name-stop-verbs,
 * rules/name-patterns threshold), or only of
 * numerals, or holding a function character, a count, a period (unless its head may hold one) or punctuation; the
 * token tests say what the segmenter read in a stretch [from, to).
 */
final class NameBody {
    private final Lexicons lex;
    private final String bareNumerals, functionChars;
    private final List<String> periodBearingHeads;
    private final Pattern counted, periodInName, threshold;

    NameBody(Lexicons lex) {
        this.lex = lex;
        this.bareNumerals = lex.nameWords.chars("bare-numeral");
        this.functionChars = lex.nameWords.chars("function-char");
        this.periodBearingHeads = lex.nameWords.words("period-bearing-head");
        this.counted = lex.namePatterns.pattern("counted");
        this.periodInName = lex.namePatterns.pattern("period-in-name");
        this.threshold = lex.namePatterns.pattern("threshold");
    }

    /** A body that is only determiners, generic words and size classes (重点产业, 全区, 超10亿元) names nothing. */
    boolean meaningful(String body) {
        return meaningful(body, false);
    }

    /**
     * As above; a name {@code delimited} by list marks on both sides (甲水库、南对河水库等) may hold a function character,
     * which there stands for itself.
     */
    boolean meaningful(String body, boolean delimited) {
        if (body.isEmpty() || lex.stopVerbs.contains(body)) return false;
        // strip the first word (in its set's order) the rest starts with, the sets in turn, while any does
        int rest = 0;
        boolean progress = true;
        while (rest < body.length() && progress) {
            progress = false;
            for (OrderedWords words : List.of(lex.nameStopOrdered, lex.nameGenericOrdered, lex.stopVerbsOrdered)) {
                int rank = words.firstAt(body, rest, body.length(), -1);
                if (rank >= 0) { rest += words.word(rank).length(); progress = true; break; }
            }
            // 超10亿元项目, 百亿工业项目: a size class is no name either
            if (!progress) {
                Matcher t = threshold.matcher(body).region(rest, body.length());
                if (t.lookingAt() && t.end() > rest) { rest = t.end(); progress = true; }
            }
        }
        if (rest == body.length()) return false;
        if (body.codePoints().allMatch(c -> Character.isDigit(c) || bareNumerals.indexOf(c) >= 0)) return false;
        // function words never stand inside a name (以人民为中心 is no centre's name)
        if (!delimited && body.codePoints().anyMatch(c -> functionChars.indexOf(c) >= 0)) return false;
        if (counted.matcher(body).matches()) return false;
        if (periodInName.matcher(body).find() && periodBearingHeads.stream().noneMatch(body::endsWith)) return false;
        return body.codePoints().noneMatch(NameBody::punctuation);
    }

    /** The marks that never stand inside a name's body. */
    private static boolean punctuation(int c) {
        return switch (c) {
            case '，', '。', '；', '：', '！', '？', '、', '（', '）', '(', ')' -> true;
            default -> false;
        };
    }

    /** A name says what it names: 走进园区 (a verb and a head) names nothing. */
    static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (int k = firstEndingAfter(tokens, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            if (t.end() <= from) continue;
            String p = t.pos();
            if (p.startsWith("n") || p.equals("vn") || p.equals("b") || p.equals("j") || p.startsWith("g") || p.equals("x") || p.startsWith("m")
                    || p.equals("ag") || p.equals("a")) return true;
        }
        return false;
    }

    /** 路平坎坷成大道 is a saying, not a road: a quoted name holds no verb. */
    static boolean holdsVerb(List<Token> tokens, int from, int to) {
        for (int k = firstEndingAfter(tokens, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            if (t.end() <= from) continue;
            if (t.pos().startsWith("v") && !t.pos().equals("vn")) return true;
        }
        return false;
    }

    /** HanLP tags a word of the name's body as a proper name (place, person, organisation, other), unlike a body of common words (共享喷涂中心). */
    static boolean properName(List<Token> tokens, int from, int to) {
        for (int k = firstEndingAfter(tokens, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            if (t.end() <= from) continue;
            if (t.isPos("ns") || t.isPos("nr") || t.isPos("nt") || t.isPos("nz")) return true;
        }
        return false;
    }

    /**
     * The first token ending after {@code from}, or the count: the segmenter's tokens follow each other (starts and
     * ends never decrease), so the tokens over a stretch are found by bisection rather than by a scan of the whole
     * text's tokens for every name tried.
     */
    private static int firstEndingAfter(List<Token> tokens, int from) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
