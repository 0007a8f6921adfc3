package org.govkg.cli;

import org.govkg.pipeline.BuildOptions;
import picocli.CommandLine.Option;

/** {@code --base}: the base IRI new resources are minted under (build, extract). */
final class BaseOption {
    @Option(names = "--base", description = "base IRI for minted resources (default: ${DEFAULT-VALUE})")
    private String base = BuildOptions.DEFAULT_BASE;

    String iri() {
        return base;
    }
}
