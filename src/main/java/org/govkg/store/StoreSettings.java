package org.govkg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.DatabaseOps;

import java.nio.file.Path;

/** The TDB2 settings a store is opened with, and kept with, across compactions. */
final class StoreSettings {
    private StoreSettings() {}

    /**
     * TDB2's defaults with smaller node caches. The defaults (200 000 and 750 000 entries) fill 200 MB of heap in a
     * long build, and a compaction holds the caches of two generations at once: a 512 MiB build of 40 000 articles
     * spent its compaction collecting garbage every 30 ms with 420 MB live, with caches of 100 000 and 200 000
     * entries. An entry takes 300 bytes or more (evidence sentences are long literals); these hold about 50 MB a
     * generation. What they do not hold is read from TDB2's memory-mapped node table, and the terms every document
     * shares (properties, classes, areas, units) stay in them.
     */
    static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .node2NodeIdCacheSize(50_000).nodeId2NodeCacheSize(100_000).build();

    /**
     * Writes {@link #PARAMS} into the current generation's folder (Data-NNNN) too: TDB2 opens the generation a
     * compaction makes with the settings found there, not with those the store was opened with.
     */
    static void keep(Location container) {
        Path storage = DatabaseOps.findStorageLocation(container);
        if (storage == null) return;
        Location generation = Location.create(storage.toString());
        StoreParams there = StoreParamsCodec.read(generation);
        if (there == null || !StoreParams.sameValues(there, PARAMS)) StoreParamsCodec.write(generation, PARAMS);
    }
}
