package org.readout.extract;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to build a {@link Readout}: where knowledge comes from. A null directory means the
 * bundled knowledge; a directory's files replace the bundled files of the same name.
 */
public record ReadoutConfig(Path knowledgeDir) {
    public static ReadoutConfig defaults() {
        return new ReadoutConfig(null);
    }

    public Optional<Path> knowledgeOverrides() {
        return Optional.ofNullable(knowledgeDir);
    }
}
