package org.govkg.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: how many documents are extracted at once (build, extract, bench). */
final class ThreadsOption {
    @Option(names = "--threads", description = "extraction threads (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    int count() {
        return threads;
    }
}
