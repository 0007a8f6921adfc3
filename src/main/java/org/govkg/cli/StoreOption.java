package org.govkg.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --db}: the store a command opens; one definition for every command that needs a store given. */
final class StoreOption {
    @Option(names = "--db", required = true, description = "the TDB2 store directory")
    private Path db;

    Path path() {
        return db;
    }
}
