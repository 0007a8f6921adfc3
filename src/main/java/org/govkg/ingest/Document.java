package org.govkg.ingest;

import java.util.Objects;

/**
 * One input article after reading and normalisation.
 *
 * @param id          the document id (file name without its last extension, NFC)
 * @param source      where it came from, for messages (a path as given, never written to the graph)
 * @param text        the normalised text; every offset downstream counts code points of this string
 * @param originalOffsets for each char index of {@code text}, the char index in the original text
 * @param contentHash hex SHA-256 of the input bytes
 */
public record Document(String id, String source, String text, int[] originalOffsets, String contentHash) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** Code-point offset of a char index of {@link #text()}. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
