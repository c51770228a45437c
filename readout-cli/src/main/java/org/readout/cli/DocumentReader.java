package org.readout.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.readout.input.DecodeResult;
import org.readout.input.DocumentId;
import org.readout.input.InputDocument;
import org.readout.input.InputLimits;
import org.readout.input.InputOptions;
import org.readout.input.InputReader;
import org.readout.model.Problem;

/** The documents of one command-line input (a file, or standard input for "-"): one, or many from a container. */
final class DocumentReader {
    private final InputReader reader;

    DocumentReader(InputLimits limits, InputOptions options) {
        this.reader = new InputReader(limits, options);
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
}
