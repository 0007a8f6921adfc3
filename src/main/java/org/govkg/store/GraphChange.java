package org.govkg.store;

import org.apache.jena.graph.Triple;

import java.util.List;

/**
 * A change of one named graph in place: triples taken out, then triples put in. For the graphs derived from the whole
 * store, which a build changes a little at a time (pipeline/DerivedGraphs) rather than writing whole.
 */
public record GraphChange(List<Triple> removed, List<Triple> added) {
    public GraphChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }
}
