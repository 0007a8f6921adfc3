package org.govkg.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * {@code --verbose}, {@code --quiet}, {@code --progress-every}: what a long command (build, extract, serve --watch,
 * demo) says while it works. By default a progress line on standard error and the errors; a line per document on
 * standard output only when asked; for scripts, the errors alone.
 */
final class ProgressOption {
    @Option(names = "--verbose", description = "a line per document on standard output (id, entities, observations, time)")
    private boolean verbose;

    @Option(names = "--quiet", description = "no progress lines; errors and the total are still printed")
    private boolean quiet;

    @Option(names = "--progress-every", paramLabel = "S",
            description = "seconds between two progress lines when standard error is not a terminal (default: ${DEFAULT-VALUE}; "
                    + "on a terminal the line is redrawn in place every second)")
    private int seconds = 5;

    boolean verbose() {
        return verbose;
    }

    boolean quiet() {
        return quiet;
    }

    /** Null when fine; else what is wrong, for the usage error. */
    String problem() {
        if (seconds < 1) return "--progress-every must be at least 1 second";
        if (quiet && verbose) return "--quiet and --verbose ask for opposite things: give one";
        return null;
    }

    Duration every() {
        return Duration.ofSeconds(seconds);
    }

    /** No progress and no per-document lines: what a command run inside another (eval) uses. */
    static ProgressOption silent() {
        ProgressOption o = new ProgressOption();
        o.quiet = true;
        return o;
    }
}
