package org.govkg.cli;

import picocli.CommandLine.Option;

/** {@code --port}: where the server listens (serve, demo). */
final class PortOption {
    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    private int port = 3030;

    int number() {
        return port;
    }
}
