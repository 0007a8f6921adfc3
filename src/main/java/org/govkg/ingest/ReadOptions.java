package org.govkg.ingest;

import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param encoding the charset every text input is in (build --encoding), or null to detect it
 * @param maxBytes the largest document accepted, in bytes of input (a file, a JSON Lines line, standard input)
 * @param stdinId  the document id of standard input (build --id), or null when "-" is not an input
 * @param area     the area every input is about unless it says otherwise (build --area: a division's name or code;
 *                 a JSON Lines "area" wins), or null
 */
public record ReadOptions(Charset encoding, long maxBytes, String stdinId, String area) {
    /** 20 MB: far above any article, below what would hurt a build's memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final ReadOptions DEFAULTS = new ReadOptions(null, DEFAULT_MAX_BYTES, null, null);

    public ReadOptions {
        if (maxBytes < 1) throw new IllegalArgumentException("the size limit must be at least 1 byte");
        if (area != null && area.isBlank()) area = null;
    }

    public ReadOptions(Charset encoding, long maxBytes, String stdinId) {
        this(encoding, maxBytes, stdinId, null);
    }

    /** The same options, every input about the area named unless it says otherwise. */
    public ReadOptions withArea(String name) {
        return new ReadOptions(encoding, maxBytes, stdinId, name);
    }
}
