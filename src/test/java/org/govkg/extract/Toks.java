package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Tokens written by hand for the unit tests, as "word/pos word/pos …"; the text is the words run together. */
final class Toks {
    private Toks() {}

    static List<Token> of(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String wp : spec.trim().split(" +")) {
            int slash = wp.lastIndexOf('/');
            String w = wp.substring(0, slash);
            out.add(new Token(w, wp.substring(slash + 1), at, at + w.length()));
            at += w.length();
        }
        return out;
    }

    static String text(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) sb.append(t.text());
        return sb.toString();
    }

    /** Mentions as "TYPE:surface" (and "=name" where the name differs), in order. */
    static String show(List<Mention> mentions) {
        List<String> s = new ArrayList<>();
        for (Mention m : mentions) s.add(m.type() + ":" + m.surface() + (m.name().equals(m.surface()) ? "" : "=" + m.name()));
        return String.join(" ", s);
    }
}
