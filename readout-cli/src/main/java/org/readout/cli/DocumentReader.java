package org.readout.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.readout.input.DocumentId;
import org.readout.input.InputDocument;
import org.readout.input.InputLimits;
import org.readout.input.InputReader;

/** The documents of one command-line input: a file, or standard input for "-". */
final class DocumentReader {
    private final InputReader reader;

    DocumentReader(InputLimits limits) {
        this.reader = new InputReader(limits);
    }

    void read(String path, Consumer<InputDocument> sink) {
        if (path.equals(InputFiles.STDIN)) {
            reader.read(path, DocumentId.STDIN, System.in, sink);
        } else {
            reader.read(Path.of(path), sink);
        }
    }
}
