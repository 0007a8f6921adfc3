package org.govkg.ingest;

import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param encoding the charset every text input is in (build --encoding), or null to detect it
 * @param maxBytes the largest document accepted, in bytes of input (a file, a JSON Lines line, standard input)
 * @param stdinId  the document id of standard input (build --id), or null when "-" is not an input
 */
public record ReadOptions(Charset encoding, long maxBytes, String stdinId) {
    /** 20 MB: far above any article, below what would hurt a build's memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final ReadOptions DEFAULTS = new ReadOptions(null, DEFAULT_MAX_BYTES, null);

    public ReadOptions {
        if (maxBytes < 1) throw new IllegalArgumentException("the size limit must be at least 1 byte");
    }
}
