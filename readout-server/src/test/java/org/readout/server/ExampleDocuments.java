package org.readout.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.readout.model.SourceDocument;
import org.readout.store.DocumentInput;

/** The repository's five founding documents (examples/, seen from the module folder Maven runs tests in), and how to read one. */
public final class ExampleDocuments {
    private ExampleDocuments() {
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each founding document as an ingest input, its path as the origin. */
    public static List<DocumentInput> inputs() {
        return files().stream().map(ExampleDocuments::input).toList();
    }

    public static DocumentInput input(Path file) {
        return new DocumentInput(read(file), file.toString());
    }

    public static SourceDocument read(Path file) {
        try {
            return SourceDocument.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
