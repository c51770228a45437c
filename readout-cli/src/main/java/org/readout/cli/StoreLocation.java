package org.readout.cli;

import java.nio.file.Path;
import java.util.Map;
import org.readout.store.StoreConfig;

/** Where the store is: the --store option, else the READOUT_STORE environment variable, else ./readout-data. */
final class StoreLocation {
    private StoreLocation() {
    }

    static Path resolve(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = environment.get(StoreConfig.ENVIRONMENT_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? StoreConfig.DEFAULT_DIR : Path.of(fromEnvironment);
    }
}
