package org.readout.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The Readouts a JVM has rebuilt from serialised ones, by config. Spark ships the pipeline with
 * every task, and loading knowledge and models takes about a second and 50 MB, so an executor
 * should load once for all its tasks: this memo is why {@link Readout} holds the project's one
 * piece of static mutable state. It is bounded (the least recently used config goes first), so a
 * long-lived JVM that meets many configs does not grow without end, and thread-safe: tasks that
 * arrive together wait for one load.
 */
final class ReadoutMemo {
    private final Map<ReadoutConfig, Readout> byConfig;

    ReadoutMemo(int capacity) {
        this.byConfig = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ReadoutConfig, Readout> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The Readout made for {@code config}, made by {@code load} if this memo has none (or dropped it). */
    synchronized Readout get(ReadoutConfig config, Function<ReadoutConfig, Readout> load) {
        return byConfig.computeIfAbsent(config, load);
    }
}
