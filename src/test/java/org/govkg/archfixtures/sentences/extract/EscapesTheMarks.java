package org.govkg.archfixtures.sentences.extract;

/** Defines its own: the marks written as unicode escapes. */
final class EscapesTheMarks {
    static final String ENDS = "\u3002\uff01\uff1f";
}
