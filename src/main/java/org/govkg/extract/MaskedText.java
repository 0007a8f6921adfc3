package org.govkg.extract;

import org.govkg.ingest.TextLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text in which every recognised name is one placeholder character of its kind, so that a relation rule
 * speaks of kinds of things ({P}由{E}投资) rather than of their spelling.
 *
 * <p>Contract: the placeholder of a kind is a private-use character ({@code U+E000} +
 * the kind's place in {@link #LETTERS}); a rule names the kind by its letter (P project, E enterprise, O
 * organisation, Z zone, D division, L place, H person, M meeting, I initiative). {@code of(text, mentions)}
 * masks the mentions in order of start (the longer first at one start), skipping one that overlaps a mention
 * already masked or lies outside the text. {@code offset(i)} maps an index of the masked text back to the text
 * (a placeholder to its mention's start, the masked text's length to the text's); {@code mentionAt(i)} is the
 * mention whose placeholder is at {@code i}, or null. {@code sentences()} cuts the masked text after each
 * sentence end of its {@link TextLayout}, each sentence keeping its end mark, with the set of kinds of the
 * placeholders in it.
 */
final class MaskedText {
    /** The kinds a rule can name, by letter, in the order of their placeholders. */
    static final Map<Character, EntityType> LETTERS = new LinkedHashMap<>();
    private static final Map<EntityType, Character> MASK = new EnumMap<>(EntityType.class);
    private static final char FIRST = '\uE000';

    static {
        Object[][] letters = {{'P', EntityType.PROJECT}, {'E', EntityType.ENTERPRISE}, {'O', EntityType.ORGANIZATION},
                {'Z', EntityType.ZONE}, {'D', EntityType.DIVISION}, {'L', EntityType.PLACE}, {'H', EntityType.PERSON},
                {'M', EntityType.MEETING}, {'I', EntityType.INITIATIVE}};
        char c = FIRST;
        for (Object[] l : letters) {
            MASK.put((EntityType) l[1], c++);
            LETTERS.put((Character) l[0], (EntityType) l[1]);
        }
    }

    /** A sentence of the masked text, [start, end) with its end mark, and the kinds of its placeholders as bits. */
    record Sentence(int start, int end, int kinds) {
        /** Whether the sentence holds a placeholder of one of the kinds, given as a string of placeholders. */
        boolean holdsOneOf(String placeholders) {
            for (int i = 0; i < placeholders.length(); i++) if ((kinds & 1 << (placeholders.charAt(i) - FIRST)) != 0) return true;
            return false;
        }
    }

    final String text;
    private final int[] toText;
    private final Map<Integer, Mention> at;

    private MaskedText(String text, int[] toText, Map<Integer, Mention> at) {
        this.text = text;
        this.toText = toText;
        this.at = at;
    }

    /** The placeholder of a kind, or null for a kind rules cannot name. */
    static Character placeholder(EntityType type) {
        return MASK.get(type);
    }

    static MaskedText of(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        StringBuilder sb = new StringBuilder();
        int[] map = new int[text.length() + 1];
        Map<Integer, Mention> at = new LinkedHashMap<>();
        int p = 0, k = 0;
        for (Mention m : sorted) {
            if (m.start() < p || m.end() <= m.start() || m.end() > text.length()) continue;
            while (p < m.start()) { map[k++] = p; sb.append(text.charAt(p++)); }
            at.put(k, m);
            map[k++] = p;
            sb.append(MASK.get(m.type()));
            p = m.end();
        }
        while (p < text.length()) { map[k++] = p; sb.append(text.charAt(p++)); }
        map[k] = p;
        return new MaskedText(sb.toString(), Arrays.copyOf(map, k + 1), at);
    }

    int offset(int maskedIndex) {
        return toText[Math.min(maskedIndex, text.length())];
    }

    Mention mentionAt(int maskedIndex) {
        return at.get(maskedIndex);
    }

    /** The index of a mention's placeholder, or -1. */
    int indexOf(Mention m) {
        for (var e : at.entrySet()) if (e.getValue() == m) return e.getKey();
        return -1;
    }

    /**
     * The sentences, cut where {@link TextLayout} cuts them ({@link TextLayout#SENTENCE_ENDS}) but found in one pass
     * here: asking TextLayout for the masked text made a layout of a text no other stage reads, and put it in the
     * place of the document's own layout (TextLayout keeps the last one per thread), which the stages after this
     * one then made again.
     */
    List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        for (int start = 0, end; start < text.length(); start = end) {
            int mark = start;
            while (mark < text.length() && TextLayout.SENTENCE_ENDS.indexOf(text.charAt(mark)) < 0) mark++;
            end = Math.min(mark + 1, text.length());
            int kinds = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= FIRST && c < FIRST + 32) kinds |= 1 << (c - FIRST);
            }
            out.add(new Sentence(start, end, kinds));
        }
        return out;
    }
}
