package org.govkg.archfixtures.sentences.extract;

/** Defines its own: the marks in a literal of a method, after a literal that looks like a comment. */
final class SplitsOnItsOwn {
    static final String SOURCE = "https://example.org/*";

    static int sentenceStart(String text, int p) {
        while (p > 0 && "。！？\n".indexOf(text.charAt(p - 1)) < 0) p--;
        return p;
    }
}
