package org.govkg.spark;

import java.io.Serializable;

/**
 * What became of one input, reported to the driver: written with its counts, or refused with the reason
 * {@code extract} gives. {@code file} and {@code seq} are its place in input order (the file's index in the
 * listing, the input's index within a JSON Lines file), by which the driver reports in extract's order.
 */
public record Outcome(int file, int seq, String source, String id, boolean ok, int entities, int observations, String error)
        implements Serializable {
    static Outcome failed(Piece p, String error) {
        return new Outcome(p.file(), p.seq(), p.source(), p.id(), false, 0, 0, error);
    }
}
