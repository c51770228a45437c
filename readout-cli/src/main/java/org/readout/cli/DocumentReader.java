package org.readout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.readout.input.DecodeResult;
import org.readout.input.DocumentId;
import org.readout.input.InputDocument;
import org.readout.input.InputLimits;
import org.readout.input.InputReader;
import org.readout.model.Problem;

/** The documents of one command-line input: a file, or standard input for "-". */
final class DocumentReader {
    private final InputReader reader;

    DocumentReader(InputLimits limits) {
        this.reader = new InputReader(limits);
    }

    void read(String path, Consumer<InputDocument> sink) {
        if (path.equals(InputFiles.STDIN)) {
            reader.read(path, DocumentId.STDIN, System.in, sink);
            return;
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            sink.accept(new InputDocument(path, null, DecodeResult.rejected(Problem.error("not_found", "not a valid path: " + e.getReason()))));
            return;
        }
        reader.read(file, sink);
    }

    /** The size of a file, for progress; 0 for standard input or what cannot be read. */
    long size(String path) {
        try {
            Path file = Path.of(path);
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException | InvalidPathException e) {
            return 0;
        }
    }
}
