package org.govkg.cli;

/** Exit codes of every command (documented in the README). */
final class ExitCodes {
    /** Everything asked for succeeded. */
    static final int OK = 0;
    /** Some documents were refused (the others are stored), or validation found violations. */
    static final int PARTIAL = 1;
    /** Wrong usage (picocli's own code for a bad option). */
    static final int USAGE = 2;
    /** The store could not be opened or written (for example another process holds it). */
    static final int STORE = 3;

    /** A folder that is not a govkg store is a usage error (another folder, or a build, is the remedy); any other store failure is {@link #STORE}. */
    static int of(org.govkg.store.StoreException e) {
        return e instanceof org.govkg.store.NotAStoreException ? USAGE : STORE;
    }

    private ExitCodes() {}
}
