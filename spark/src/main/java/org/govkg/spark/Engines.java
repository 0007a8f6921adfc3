package org.govkg.spark;

import org.govkg.pipeline.Engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One govkg {@link Engine} per JVM and base IRI, made at its first use. An Engine holds HanLP's dictionaries, the
 * gazetteer, the lexicons and their automaton: seconds and hundreds of MB to load, so an executor loads them once
 * and shares them among all the tasks it runs, as {@code extract} shares one Engine among its threads (it only
 * reads). A static holder because Spark offers executors no other per-JVM place: a broadcast Engine would be
 * serialised and shipped, and a per-partition one reloaded for every task.
 */
final class Engines {
    private static final Map<String, Engine> BY_BASE = new ConcurrentHashMap<>();

    private Engines() {}

    static Engine get(String base) {
        // computeIfAbsent makes the other tasks of the JVM wait for the one load rather than load it again
        return BY_BASE.computeIfAbsent(base, Engine::new);
    }
}
