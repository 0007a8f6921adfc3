package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.List;

/**
 * Walks back from the head of a name (产业园, 项目, 攻坚战) over the tokens that can stand inside a
 * name, and gives the name's start. Names in this genre are runs of nouns, places, abbreviations and
 * numbers; a verb, preposition, particle or punctuation mark ends them.
 */
final class NameWalker {
    private final Lexicons lex;
    /** lexicon/name-words.tsv connector: the words that join two nouns inside a name. */
    private final List<String> connectors;

    NameWalker(Lexicons lex) {
        this.lex = lex;
        this.connectors = lex.nameWords.words("connector");
    }

    /** Start of the name whose head begins at {@code headStart}; equals headStart when nothing precedes. */
    int walkBack(String text, List<Token> tokens, int headStart, boolean initiative, int maxLen) {
        return walkBack(text, tokens, headStart, initiative, maxLen, false);
    }

    /**
     * As above; a company's registered name ({@code registered}) may hold the verbs of its trade
     * (合肥东城建设投资集团有限公司), which end any other name.
     */
    int walkBack(String text, List<Token> tokens, int headStart, boolean initiative, int maxLen, boolean registered) {
        int k = tokenAt(tokens, headStart - 1);
        int start = headStart;
        if (k < 0) return start;
        Token first = tokens.get(k);
        if (first.start() < headStart && first.end() > headStart) {
            // the head starts inside a token (中法智能产业园): that token's beginning is part of the name
            start = first.start();
            k--;
        }
        while (k >= 0) {
            Token t = tokens.get(k);
            if (headStart - t.start() > maxLen) break;
            if (accept(t, initiative) || connector(text, tokens, k, start, initiative) || boundMorpheme(tokens, k, start)
                    || registered && t.pos().startsWith("v") && t.text().length() >= 2 && lex.stopVerbs.contains(t.text())) {
                start = t.start();
                k--;
                continue;
            }
            // a word the segmenter does not know comes out as single characters of any part of speech (汇/川,
            // 齐/都, 临/湖): a run of them before the name is the front of the name, when it is two characters or more,
            // or when the name itself opens with a single character; the walk then goes on before it
            int run = unknownWordRun(tokens, k, start);
            if (run >= 0 && headStart - tokens.get(run).start() <= maxLen) {
                start = tokens.get(run).start();
                k = run - 1;
                continue;
            }
            // a short name that opens a sentence or a list item may hold verbs (创新制造产业区, 科技融创引领区,
            // 致博低温产业园): take the run back to the punctuation when it is short and holds no stop verb
            int j = k;
            while (j >= 0 && !isPunct(tokens.get(j)) && headStart - tokens.get(j).start() <= SHORT_NAME && openable(tokens.get(j))) j--;
            if (j < k && (j < 0 || isPunct(tokens.get(j))) && headStart - tokens.get(j + 1).start() <= SHORT_NAME) start = tokens.get(j + 1).start();
            break;
        }
        return start;
    }

    private static final int SHORT_NAME = 8;

    /**
     * The first token of the run of single-character tokens that ends at token {@code k}, just before the name that
     * starts at {@code start}, when that run is the front of a word the segmenter did not know: two characters or more,
     * or one before a name that opens with a single-character token. -1 when there is no such run: a character that
     * is a function word (p, c, u, r, vshi, vyou), a numeral or a stop word ends the run, and so does punctuation.
     */
    private int unknownWordRun(List<Token> tokens, int k, int start) {
        int j = k;
        while (j >= 0 && tokens.get(j).text().length() == 1 && tokens.get(j).end() == (j == k ? start : tokens.get(j + 1).start())
                && fragment(tokens.get(j))) j--;
        int first = j + 1;
        if (first > k) return -1;
        int chars = k - first + 1;
        if (chars >= 2) return first;
        Token opening = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return opening != null && opening.start() == start && opening.text().length() == 1 ? first : -1;
    }

    private boolean fragment(Token t) {
        if (isPunct(t) || lex.stopVerbs.contains(t.text()) || lex.nameStop.contains(t.text())) return false;
        String p = t.pos();
        return !(p.startsWith("p") || p.startsWith("c") || p.startsWith("u") || p.startsWith("r") || p.startsWith("m")
                || p.equals("vshi") || p.equals("vyou") || p.startsWith("e") || p.startsWith("y") || p.startsWith("o"));
    }

    private boolean openable(Token t) {
        if (lex.stopVerbs.contains(t.text()) || lex.nameStop.contains(t.text())) return false;
        String p = t.pos();
        return !(p.startsWith("p") || p.startsWith("c") || p.startsWith("u") || p.startsWith("r") || p.startsWith("d") || p.startsWith("t") || p.equals("a")
                || p.equals("vshi") || p.equals("vyou"));
    }

    private boolean accept(Token t, boolean initiative) {
        if (lex.stopVerbs.contains(t.text())) return false;
        String p = t.pos();
        if (isPunct(t)) return false;
        if (p.startsWith("n") || p.equals("vn") || p.startsWith("g") || p.equals("j") || p.equals("b")
                || p.equals("ag") || p.equals("x") || p.startsWith("m") || p.equals("q") || p.equals("qt") || p.equals("ng"))
            return true;
        // 东, 南岸, 城东: a direction inside a name (浑河南岸数字经济产业园)
        if (p.equals("f") && t.text().length() <= 2) return true;
        if (p.equals("a") && t.text().length() <= 2) return true;
        if (initiative) return p.startsWith("v") || p.equals("ad") || p.startsWith("a");
        return false;
    }

    /**
     * 智能/网/联/汽车: the segmenter may cut a compound noun so that a verb morpheme (联, vg) stands alone
     * between two nouns; inside a name it is part of the compound.
     */
    private boolean boundMorpheme(List<Token> tokens, int k, int start) {
        Token t = tokens.get(k);
        if (!t.pos().equals("vg") || t.text().length() != 1 || k == 0 || k + 1 >= tokens.size()) return false;
        Token left = tokens.get(k - 1), right = tokens.get(k + 1);
        // the noun after it is already in the name, the one before it is a noun too
        return right.start() == start && right.start() == t.end() && left.pos().startsWith("n") && accept(left, false) && accept(right, false);
    }

    /** 及 and · join two nouns inside a name (智能网联及新能源汽车供应链产业园, 中铁·长春博览城项目). */
    private boolean connector(String text, List<Token> tokens, int k, int start, boolean initiative) {
        Token t = tokens.get(k);
        if (!connectors.contains(t.text())) return false;
        if (k == 0 || initiative && !t.text().equals("·")) return false;
        Token left = tokens.get(k - 1);
        return accept(left, false) && lex.suffixTrie.findAll(left.text()).stream().noneMatch(m -> m.end() == left.text().length());
    }

    static boolean isPunct(Token t) {
        return t.isPos("w") || t.text().isBlank();
    }

    /** Index of the token covering char {@code pos}, or -1. */
    static int tokenAt(List<Token> tokens, int pos) {
        if (pos < 0) return -1;
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= pos) lo = mid + 1;
            else if (t.start() > pos) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
