package org.readout.cli;

import org.readout.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --db-threads} option of the commands that serve the store. A server answers its requests
 * in parallel already; DuckDB spreading each query over its own threads as well only adds hand-offs
 * (with 1 thread, about 15% more requests/s and a lower p99 at 32 clients on 2 cores).
 */
final class DatabaseThreadsOption {
    @Option(names = "--db-threads", defaultValue = "1", paramLabel = "N",
            description = "DuckDB's worker threads for each query; 0 for one per core. Default: ${DEFAULT-VALUE}.")
    int threads;

    StoreConfig applyTo(StoreConfig config) {
        return config.withDatabaseThreads(threads);
    }
}
