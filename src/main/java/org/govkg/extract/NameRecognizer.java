package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.List;

/**
 * Names of zones, places, projects, enterprises and named bodies: the composition of the units that find them by
 * their head (SuffixNames), in quotes (QuotedNames) and in lists before a category (ListedNames), which share one
 * walk back over a name (NameWalker), one trimming of its front (NameFront) and one test of its body (NameBody).
 */
final class NameRecognizer {
    private final SuffixNames suffixed;
    private final QuotedNames quotedNames;
    private final ListedNames listed;

    NameRecognizer(Lexicons lex) {
        NameWalker walker = new NameWalker(lex);
        NameBody body = new NameBody(lex);
        this.suffixed = new SuffixNames(lex, walker, new NameFront(lex), body);
        this.quotedNames = new QuotedNames(lex, walker, body);
        this.listed = new ListedNames(lex, body);
    }

    /** See SuffixNames: the names ending with a head of lexicon/name-suffixes.tsv. */
    List<Mention> bySuffix(String text, List<Token> tokens, List<Mention> divisions) {
        return suffixed.find(text, tokens, divisions);
    }

    /** See QuotedNames: a quoted name with a head. */
    List<Mention> quoted(String text, List<Token> tokens) {
        return quotedNames.find(text, tokens);
    }

    /** See ListedNames: the names listed before a category head, and companies named short after their class. */
    List<Mention> lists(String text, List<Token> tokens) {
        List<Mention> out = new java.util.ArrayList<>(listed.find(text, tokens));
        out.addAll(listed.afterClass(text, tokens));
        return out;
    }

    /** See NameFront#skipLeadingVerbs (kept here for the recognisers that call it by this name). */
    static int skipLeadingVerbs(List<Token> tokens, int start, int headStart) {
        return NameFront.skipLeadingVerbs(tokens, start, headStart);
    }
}
