package org.readout.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives and which knowledge resolves names in it.
 *
 * @param dir             the store's folder, created if missing
 * @param knowledgeDir    knowledge files replacing the bundled ones of the same name; null for the bundled ones
 * @param databaseThreads DuckDB's worker threads, over which it spreads each query; 0 for one per core. A
 *                        server that already answers requests in parallel does better with 1.
 */
public record StoreConfig(Path dir, Path knowledgeDir, int databaseThreads) {
    /** Where {@code readout} keeps its store when told nothing else. */
    public static final Path DEFAULT_DIR = Path.of("readout-data");
    /** The environment variable that names the store's folder. */
    public static final String ENVIRONMENT_VARIABLE = "READOUT_STORE";

    public StoreConfig {
        Objects.requireNonNull(dir, "dir");
        if (databaseThreads < 0) {
            throw new IllegalArgumentException("database threads must be 0 (one per core) or more: " + databaseThreads);
        }
    }

    /** DuckDB's default threads: one per core. */
    public StoreConfig(Path dir, Path knowledgeDir) {
        this(dir, knowledgeDir, 0);
    }

    public static StoreConfig at(Path dir) {
        return new StoreConfig(dir, null);
    }

    public StoreConfig withDatabaseThreads(int threads) {
        return new StoreConfig(dir, knowledgeDir, threads);
    }
}
