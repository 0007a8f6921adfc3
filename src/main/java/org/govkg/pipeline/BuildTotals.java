package org.govkg.pipeline;

/**
 * What a build did, counted as it went. A build keeps these counts rather than each document's outcome, so its
 * memory does not grow with the corpus; the outcomes go to the listener one at a time.
 */
public record BuildTotals(long stored, long failed, long unchanged, long entities, long observations) {
    public static final BuildTotals NONE = new BuildTotals(0, 0, 0, 0, 0);

    /** These totals and one more outcome. */
    public BuildTotals plus(DocumentResult r) {
        if (!r.ok()) return new BuildTotals(stored, failed + 1, unchanged, entities, observations);
        if (r.unchanged()) return new BuildTotals(stored, failed, unchanged + 1, entities, observations);
        return new BuildTotals(stored + 1, failed, unchanged, entities + r.entities(), observations + r.observations());
    }

    public long documents() {
        return stored + failed + unchanged;
    }
}
