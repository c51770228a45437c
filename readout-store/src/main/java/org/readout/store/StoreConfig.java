package org.readout.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives and which knowledge resolves names in it.
 *
 * @param dir          the store's folder, created if missing
 * @param knowledgeDir knowledge files replacing the bundled ones of the same name; null for the bundled ones
 */
public record StoreConfig(Path dir, Path knowledgeDir) {
    /** Where {@code readout} keeps its store when told nothing else. */
    public static final Path DEFAULT_DIR = Path.of("readout-data");
    /** The environment variable that names the store's folder. */
    public static final String ENVIRONMENT_VARIABLE = "READOUT_STORE";

    public StoreConfig {
        Objects.requireNonNull(dir, "dir");
    }

    public static StoreConfig at(Path dir) {
        return new StoreConfig(dir, null);
    }
}
