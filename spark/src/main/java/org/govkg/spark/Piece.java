package org.govkg.spark;

import org.govkg.ingest.Document;

import java.io.Serializable;

/**
 * One input after reading, on its way to extraction: a document, or the reason it was refused. Its id, when
 * known, is what duplicates are found by; {@code file} and {@code seq} its place in input order, so that of two
 * inputs with one id the first is kept, as in extract. Document is not Serializable, hence its fields.
 */
record Piece(int file, int seq, String source, String id, String error,
             String text, int[] originalOffsets, String contentHash, String storedText, int[] storedOffsets)
        implements Serializable {

    static Piece of(int file, int seq, String source, Document d) {
        return new Piece(file, seq, source, d.id(), null, d.text(), d.originalOffsets(), d.contentHash(),
                d.converted() ? d.storedText() : null, d.storedOffsets());
    }

    static Piece refused(int file, int seq, String source, String id, String error) {
        return new Piece(file, seq, source, id, error, null, null, null, null, null);
    }

    Document document() {
        return new Document(id, source, text, originalOffsets, contentHash, storedText, storedOffsets);
    }

    /** The key it is grouped by: its id, or (refused before an id was known) its own place. */
    String key() {
        return id != null ? "d" + id : "r" + file + ":" + seq;
    }

    boolean before(Piece o) {
        return file != o.file ? file < o.file : seq < o.seq;
    }
}
