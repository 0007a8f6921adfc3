package org.govkg.cli;

import org.govkg.pipeline.BuildOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --db} and {@code --base} of a store built earlier: a command that finds documents by id or checks their
 * IRIs (remove, validate) needs the base the build minted them under.
 */
final class BuiltStoreOptions {
    @Mixin
    private StoreOption db;

    @Option(names = "--base", description = "the base IRI the store was built with (default: ${DEFAULT-VALUE})")
    private String base = BuildOptions.DEFAULT_BASE;

    Path path() {
        return db.path();
    }

    String base() {
        return base;
    }
}
