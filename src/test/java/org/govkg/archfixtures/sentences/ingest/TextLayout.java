package org.govkg.archfixtures.sentences.ingest;

/** Defines sentence ends, as the one class may. */
public final class TextLayout {
    public static final String SENTENCE_ENDS = "。！？；\n";
}
