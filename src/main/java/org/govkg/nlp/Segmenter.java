package org.govkg.nlp;

import java.util.List;

/** Segments text into tagged tokens whose offsets index the given string. Thread-safe. */
public interface Segmenter {
    List<Token> segment(String text);
}
