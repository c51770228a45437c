package org.readout.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.readout.model.SourceDocument;

/** The test fixtures (see resources/fixtures/README.md) and the repository's examples/. */
final class Fixtures {
    private Fixtures() {
    }

    static SourceDocument fixture(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return SourceDocument.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The five founding documents in the repository's examples/. */
    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    /** The text files of a folder, in name order. */
    static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument read(Path file) {
        try {
            return SourceDocument.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests every file of {@code dir} in name order. */
    static List<IngestResult> ingestAll(Store store, Path dir) {
        return files(dir).stream().map(f -> store.ingest(read(f), f.toString())).toList();
    }
}
