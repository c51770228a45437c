package org.readout.extract;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * The Readouts a JVM has rebuilt from serialised ones, by config. Spark ships the pipeline with
 * every task, and loading knowledge and models takes about a second and 50 MB, so an executor
 * should load once for all its tasks: this memo is why {@link Readout} holds the project's one
 * piece of static mutable state. It is bounded (Caffeine drops the configs least worth keeping), so
 * a long-lived JVM that meets many configs does not grow without end, and thread-safe: tasks that
 * arrive together wait for one load.
 */
final class ReadoutMemo {
    private final Cache<ReadoutConfig, Readout> byConfig;

    ReadoutMemo(int capacity) {
        // evictions on the caller's thread: no pool thread for a memo of a few entries
        this.byConfig = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** The Readout made for {@code config}, made by {@code load} if this memo has none (or dropped it). */
    Readout get(ReadoutConfig config, Function<ReadoutConfig, Readout> load) {
        return byConfig.get(config, load);
    }
}
