package org.readout.extract;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to build a {@link Readout}: where knowledge comes from. A null directory means the
 * bundled knowledge; a directory's files replace the bundled files of the same name. The
 * directory is kept as a string because a {@code Path} is not serialisable, and a config is
 * what a serialised Readout carries.
 */
public record ReadoutConfig(String knowledgeDir) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static ReadoutConfig defaults() {
        return new ReadoutConfig(null);
    }

    /** Knowledge files from {@code dir} (null: the bundled ones). */
    public static ReadoutConfig withKnowledge(Path dir) {
        return new ReadoutConfig(dir == null ? null : dir.toString());
    }

    public Optional<Path> knowledgeOverrides() {
        return Optional.ofNullable(knowledgeDir).map(Path::of);
    }
}
