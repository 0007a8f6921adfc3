package org.govkg.ingest;

import java.util.Objects;

/**
 * One input article after reading and normalisation.
 * <p>
 * Two texts may be involved. {@code text} is what the extractor reads; {@code storedText} is what the store keeps
 * (nif:isString) and what evidence quotes. They are one string, except for an article in traditional characters:
 * it is read in simplified characters (the extractor's lexicons are simplified), and stored as written, with
 * {@code storedOffsets} mapping each char index of {@code text} to one of {@code storedText}. Mention and figure
 * offsets downstream are char indices of {@code text}; {@link #codePointOffset} and {@link #stored(int, int)}
 * carry them over to the stored text.
 *
 * @param id              the document id (file name without its last extension, NFC; a JSON Lines article's id)
 * @param source          where it came from, for messages (a path as given, never written to the graph)
 * @param text            the normalised text the extractor reads
 * @param originalOffsets for each char index of {@code storedText}, the char index in the decoded input
 * @param contentHash     hex SHA-256 of the input bytes
 * @param storedText      the normalised text as written, kept in the store
 * @param storedOffsets   for each char index of {@code text} (and its end), the char index in {@code storedText};
 *                        null when the two texts are one
 * @param area            the area the article is about as its input or the user names it (a JSON Lines "area",
 *                        build --area): a division's name or code, or null; the text's own divisions come first
 */
public record Document(String id, String source, String text, int[] originalOffsets, String contentHash,
                       String storedText, int[] storedOffsets, String area) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        if (storedText == null) storedText = text;
        if (storedOffsets != null && storedOffsets.length != text.length() + 1)
            throw new IllegalArgumentException("storedOffsets must have one entry per char of text, and one for its end");
        if (area != null && area.isBlank()) area = null;
    }

    public Document(String id, String source, String text, int[] originalOffsets, String contentHash,
                    String storedText, int[] storedOffsets) {
        this(id, source, text, originalOffsets, contentHash, storedText, storedOffsets, null);
    }

    /** A document whose stored text is the text it is read in. */
    public Document(String id, String source, String text, int[] originalOffsets, String contentHash) {
        this(id, source, text, originalOffsets, contentHash, text, null, null);
    }

    /** The same document about the area named (a division's name or code); null leaves it as it is. */
    public Document withArea(String name) {
        return name == null || name.isBlank() ? this : new Document(id, source, text, originalOffsets, contentHash, storedText, storedOffsets, name.strip());
    }

    /** The same document read in another text (simplified characters), whose char i stands for stored char toStored[i]. */
    public Document readAs(String readText, int[] toStored) {
        return new Document(id, source, readText, originalOffsets, contentHash, storedText, toStored, area);
    }

    /** Whether the extractor reads another text than the one stored (a traditional-character article). */
    public boolean converted() {
        return storedOffsets != null;
    }

    /** The char index in the stored text of a char index of {@link #text()}. */
    public int storedIndex(int charIndex) {
        return storedOffsets == null ? charIndex : storedOffsets[charIndex];
    }

    /** Code-point offset in the stored text of a char index of {@link #text()}: the offsets evidence spans carry. */
    public int codePointOffset(int charIndex) {
        return storedText.codePointCount(0, storedIndex(charIndex));
    }

    /** The stored text between two char indices of {@link #text()}: what the article wrote there. */
    public String stored(int start, int end) {
        return storedText.substring(storedIndex(start), storedIndex(end));
    }
}
