package org.govkg.archfixtures.sentences.extract;

/**
 * Defines none: a sentence ends at {@code 。！？；} (a comment), and the literal lists the marks among other
 * punctuation, not side by side.
 */
final class ListsPunctuation {
    // 。！？
    static final String PUNCTUATION = "，。；：！？、";
    static final char FULL_STOP = '。';
    static final String QUOTED = "\"。！\"？";
}
