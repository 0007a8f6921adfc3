package org.govkg.archfixtures.sentences.server;

/* Defines none: 。！？ in a block comment, and a quote as a char literal. */
final class QuotesInComments {
    static final char QUOTE = '"';
    static final String AFTER = "/* 。 ！ ？ */ is text, not a comment; the marks stand apart";
}
