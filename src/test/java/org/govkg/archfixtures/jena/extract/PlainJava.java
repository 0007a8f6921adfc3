package org.govkg.archfixtures.jena.extract;

import java.util.List;

/** Passes: plain Java before rdf. */
public final class PlainJava {
    public static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
