package org.readout.input;

import java.nio.file.Path;

/** The id a document gets from where it was read: its file name without the folder, or "stdin". */
public final class DocumentId {
    public static final String STDIN = "stdin";

    private DocumentId() {
    }

    /** The id for a command-line argument, where {@code -} means standard input. */
    public static String of(String argument) {
        return "-".equals(argument) ? STDIN : of(Path.of(argument));
    }

    public static String of(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
