package org.govkg.ingest;

/**
 * The layout of one text: its paragraphs, sentences and clauses, as offsets. Computed once per text (in
 * linear time) and then asked in constant time, so that every stage reads the same bounds: this is the one
 * definition of a sentence end in govkg.
 *
 * <ul>
 *   <li>A <b>paragraph</b> ends at a line break.</li>
 *   <li>A <b>sentence</b> ends at {@code 。！？；} or a line break: the genre writes a list of figures as
 *       clauses joined by {@code ；}, each read as a sentence of its own.</li>
 *   <li>A <b>clause</b> ends where a sentence does, or at {@code ，、：,;}.</li>
 * </ul>
 *
 * Contract of the position queries: for an offset {@code p} in {@code [0, length]}, {@code xStart(p)} is the
 * start of the unit whose text precedes {@code p} (the offset just after the last end mark before {@code p},
 * or 0), and {@code xEnd(p)} is the offset of the first end mark at or after {@code p} (or the length). A
 * mark belongs to no unit, so a unit is {@code [xStart(p), xEnd(p))} without its closing mark.
 */
public final class TextLayout {
    /** The marks that end a sentence. */
    public static final String SENTENCE_ENDS = "。！？；\n";
    /** The marks that end a clause: a sentence's and the pauses within one. */
    public static final String CLAUSE_ENDS = SENTENCE_ENDS + "，、：,;";
    /** The marks that end a clause when {@code 、} joins the items of a list (城镇、农村居民…分别). */
    public static final String CLAUSE_ENDS_KEEPING_LISTS = SENTENCE_ENDS + "，：,;";

    private final String text;
    private final int[] sentenceStart, sentenceEnd, clauseStart, clauseEnd, listClauseStart, paragraphStart, paragraphEnd;

    private TextLayout(String text) {
        this.text = text;
        // one pass each way for all the units (seven passes, each asking a string of marks for every char, were
        // most of the cost of a layout): what each char ends, then the starts forwards and the ends backwards
        int n = text.length();
        byte[] ends = new byte[n];
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            // every mark of a unit ends a clause (CLAUSE_ENDS holds the others' marks): most chars are asked once
            if (CLAUSE_ENDS.indexOf(c) < 0) continue;
            ends[p] = (byte) ((PARAGRAPH_ENDS.indexOf(c) >= 0 ? PARAGRAPH : 0) | (SENTENCE_ENDS.indexOf(c) >= 0 ? SENTENCE : 0)
                    | (CLAUSE_ENDS.indexOf(c) >= 0 ? CLAUSE : 0) | (CLAUSE_ENDS_KEEPING_LISTS.indexOf(c) >= 0 ? LIST_CLAUSE : 0));
        }
        sentenceStart = new int[n + 1];
        clauseStart = new int[n + 1];
        listClauseStart = new int[n + 1];
        paragraphStart = new int[n + 1];
        int sentence = 0, clause = 0, listClause = 0, paragraph = 0;
        for (int p = 0; p <= n; p++) {
            sentenceStart[p] = sentence;
            clauseStart[p] = clause;
            listClauseStart[p] = listClause;
            paragraphStart[p] = paragraph;
            if (p == n || ends[p] == 0) continue;
            if ((ends[p] & SENTENCE) != 0) sentence = p + 1;
            if ((ends[p] & CLAUSE) != 0) clause = p + 1;
            if ((ends[p] & LIST_CLAUSE) != 0) listClause = p + 1;
            if ((ends[p] & PARAGRAPH) != 0) paragraph = p + 1;
        }
        sentenceEnd = new int[n + 1];
        clauseEnd = new int[n + 1];
        paragraphEnd = new int[n + 1];
        sentence = clause = paragraph = n;
        for (int p = n; p >= 0; p--) {
            if (p < n && ends[p] != 0) {
                if ((ends[p] & SENTENCE) != 0) sentence = p;
                if ((ends[p] & CLAUSE) != 0) clause = p;
                if ((ends[p] & PARAGRAPH) != 0) paragraph = p;
            }
            sentenceEnd[p] = sentence;
            clauseEnd[p] = clause;
            paragraphEnd[p] = paragraph;
        }
    }

    private static final String PARAGRAPH_ENDS = "\n";
    /** What a char ends, as bits. */
    private static final int PARAGRAPH = 1, SENTENCE = 2, CLAUSE = 4, LIST_CLAUSE = 8;

    /**
     * The last layout made on each thread: a document's stages (figures, periods, relations, its lead, the
     * resolver) each ask for the layout of the one text in turn, and seven arrays of its length made seven times
     * over were an eighth of the recognisers' time on real articles. A layout is immutable and depends on its text
     * alone, so handing back the one made for the same String is what making it again gives; one per thread is
     * held, never more.
     */
    private static final ThreadLocal<TextLayout> LAST = new ThreadLocal<>();

    /** The layout of {@code text}. */
    public static TextLayout of(String text) {
        TextLayout last = LAST.get();
        if (last != null && last.text == text) return last;
        TextLayout made = new TextLayout(text);
        LAST.set(made);
        return made;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int sentenceStart(int p) {
        return sentenceStart[clamp(p)];
    }

    public int sentenceEnd(int p) {
        return sentenceEnd[clamp(p)];
    }

    public int clauseStart(int p) {
        return clauseStart[clamp(p)];
    }

    public int clauseEnd(int p) {
        return clauseEnd[clamp(p)];
    }

    /** The start of the clause, reading {@code 、} as part of it (城镇、农村居民人均可支配收入分别…). */
    public int clauseStartKeepingLists(int p) {
        return listClauseStart[clamp(p)];
    }

    public int paragraphStart(int p) {
        return paragraphStart[clamp(p)];
    }

    public int paragraphEnd(int p) {
        return paragraphEnd[clamp(p)];
    }

    /** The sentence around {@code p}, without its closing mark. */
    public String sentenceAt(int p) {
        return text.substring(sentenceStart(p), sentenceEnd(p));
    }

    /** Whether a sentence ends anywhere in {@code [from, to)}. */
    public boolean sentenceEndsWithin(int from, int to) {
        int f = clamp(from);
        return f < text.length() && sentenceEnd[f] < Math.min(to, text.length());
    }

    /** Whether {@code c} ends a sentence. */
    public static boolean endsSentence(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0;
    }

    /** Whether {@code c} ends a clause. */
    public static boolean endsClause(char c) {
        return CLAUSE_ENDS.indexOf(c) >= 0;
    }

    private int clamp(int p) {
        return Math.max(0, Math.min(p, text.length()));
    }
}
