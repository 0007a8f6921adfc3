package org.govkg.archfixtures.sentences.extract;

/** Defines its own: the marks in another order. */
final class ReordersTheMarks {
    static final String ENDS = "？！。";
}
