package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted names with a head (长春南部“永春新城”): the name is what the quotes hold, whatever precedes them. Contract:
 * a quote of at most {@link SuffixNames#MAX_NAME} characters that ends with a head of lexicon/name-suffixes.tsv (the
 * longest), holds a meaningful body (NameBody) of two characters or more, no comma and no verb, and that the walk
 * back from its head would not take further than its opening mark, gives one mention of the head's class.
 */
final class QuotedNames {
    private final Lexicons lex;
    private final NameWalker walker;
    private final NameBody body;

    QuotedNames(Lexicons lex, NameWalker walker, NameBody body) {
        this.lex = lex;
        this.walker = walker;
        this.body = body;
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (QuotedSpan q : QuotedSpan.in(text)) {
            int i = q.open(), j = q.close();
            if (j - i > SuffixNames.MAX_NAME + 2) continue;
            String inner = q.inner(text);
            String suffix = longestSuffix(inner);
            if (suffix == null) continue;
            int head = j - suffix.length();
            if (inner.length() > suffix.length() + 1 && inner.indexOf('，') < 0
                    && body.meaningful(inner.substring(0, inner.length() - suffix.length()))
                    && walker.walkBack(text, tokens, head, false, SuffixNames.MAX_NAME) <= i + 1 && !NameBody.holdsVerb(tokens, i + 1, head))
                out.add(Mention.of(EntityType.ofClassName(lex.nameSuffixes.get(suffix)), inner, i + 1, lex.confidence("name.quoted")));
        }
        return out;
    }

    private String longestSuffix(String name) {
        String best = null;
        for (String suf : lex.nameSuffixes.keySet()) if (name.endsWith(suf) && (best == null || suf.length() > best.length())) best = suf;
        return best;
    }
}
