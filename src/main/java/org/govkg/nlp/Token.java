package org.govkg.nlp;

/** A word of the text with its part of speech (HanLP's tag set) and char offsets [start, end). */
public record Token(String text, String pos, int start, int end) {
    public boolean isPos(String prefix) {
        return pos.startsWith(prefix);
    }
}
