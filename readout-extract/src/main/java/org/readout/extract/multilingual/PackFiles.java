package org.readout.extract.multilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.readout.extract.knowledge.KnowledgeException;
import org.readout.extract.knowledge.Table;

/**
 * Reads this package's knowledge files: from a user's directory when it has the file (as for the
 * other knowledge files), else from the bundle under {@code readout/knowledge/}.
 */
final class PackFiles {
    private static final String BUNDLE = "readout/knowledge/";
    private final Path overrides;

    /** @param overrides a user's knowledge directory, or null */
    PackFiles(Path overrides) {
        this.overrides = overrides;
    }

    /** The table of that name, or empty when neither the user nor the bundle has it. */
    Optional<Table> table(String name) {
        return text(name).map(content -> Table.parse(name, content));
    }

    Table required(String name) {
        return table(name).orElseThrow(() -> new KnowledgeException(BUNDLE + name, 0, "missing from the classpath"));
    }

    private Optional<String> text(String name) {
        if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
            try {
                return Optional.of(Files.readString(overrides.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new KnowledgeException(overrides.resolve(name).toString(), "cannot read", e);
            }
        }
        try (InputStream in = PackFiles.class.getClassLoader().getResourceAsStream(BUNDLE + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
