package org.govkg.pipeline;

import java.util.function.Consumer;

/**
 * What a build or an extraction tells as it goes: each document's outcome ({@link #accept}, in input order), and, for
 * progress, the stage it is in and how many documents its inputs stand for. Called from the build's writing thread;
 * {@link #stage} and {@link #inputs} are there to be shown, never to steer. A lambda is a listener of outcomes only.
 */
@FunctionalInterface
public interface BuildListener extends Consumer<DocumentResult> {
    /** The build entered {@code stage}. */
    default void stage(Stage stage) {}

    /**
     * How many documents are past extraction so far (extracted, found unchanged, or refused), whether written yet or
     * not: what progress counts, since a batch's outcomes come only when the whole batch is written.
     */
    default void documentsDone(long documents) {}

    /** The documents the inputs stand for, or -1 when that is not known before they are read (JSON Lines, standard input). */
    default void inputs(long documents) {}
}
