package org.govkg.archfixtures.sentences.resolve;

/** Defines its own, and is exempted by name in the fixture test. */
final class ListedAsExempt {
    static final String ENDS = "。！？";
}
