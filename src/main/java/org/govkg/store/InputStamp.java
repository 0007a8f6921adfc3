package org.govkg.store;

import java.util.Objects;

/**
 * What a document's input file was when a build last stored the document (or found it stored): its path as given,
 * its size and modification time, and the digest of its bytes ({@code gk:contentHash}). A later build that finds the
 * file with the same path, size and time takes the digest from here instead of reading the file, as make and rsync
 * do; the store must still hold the document with that digest, made by the same extraction activity.
 *
 * @param modified the modification time in nanoseconds since the epoch, as the file system gives it
 */
public record InputStamp(String source, long size, long modified, String contentHash) {
    public InputStamp {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** Whether the file is as this stamp saw it: the same path, size and modification time. */
    public boolean sameFile(InputStamp now) {
        return source.equals(now.source) && size == now.size && modified == now.modified;
    }
}
