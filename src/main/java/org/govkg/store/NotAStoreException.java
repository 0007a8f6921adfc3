package org.govkg.store;

import java.nio.file.Path;

/**
 * The folder a read command was given is not a store a govkg build made: missing, empty, not a TDB2 database,
 * or a TDB2 database without govkg's ontology. Nothing was written there. The message names the folder and says
 * which; the command line answers it as a usage error, since the remedy is another folder or a build.
 */
public final class NotAStoreException extends StoreException {
    public NotAStoreException(Path dir, String reason) {
        super(dir + ": not a govkg store (" + reason + "); only build and demo create one", null);
    }
}
