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

    static {
        installAsDefaults();
    }

    /**
     * Makes {@link #PARAMS}'s node cache sizes TDB2's defaults in this JVM. TDB2's compaction opens the generation it
     * writes, and then serves, with {@code StoreParams.getDftStoreParams()}: not with the settings the store was
     * opened with, nor with those in the generation's tdb.cfg (StoreConnection.connectCreate without settings builds
     * the storage with the defaults), that is with caches of 200 000 and 1 000 000 entries. A compaction filled
     * them while copying, beside the caches of the generation it copied from: 380 MB live under -Xmx512m at
     * 32 000–55 000 generated articles; and the build went on with them. The default is a static field of Jena's
     * that is not final (StoreParamsConst.dftStoreParams), set here once by reflection; with a Jena where it is not
     * found, a warning is logged and TDB2's defaults stay (CompactionTest then fails, so an upgrade notices).
     */
    private static void installAsDefaults() {
        try {
            Class<?> constants = Class.forName("org.apache.jena.tdb2.params.StoreParamsConst");
            java.lang.reflect.Field dft = constants.getDeclaredField("dftStoreParams");
            dft.setAccessible(true);
            StoreParams ours = StoreParams.builder(StoreParams.getDftStoreParams())
                    .node2NodeIdCacheSize(PARAMS.getNode2NodeIdCacheSize())
                    .nodeId2NodeCacheSize(PARAMS.getNodeId2NodeCacheSize()).build();
            dft.set(null, ours);
        } catch (ReflectiveOperationException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StoreSettings.class).warn(
                    "cannot give TDB2's compaction govkg's node cache sizes ({}); it uses TDB2's own", e.toString());
        }
    }

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
