package org.readout.extract.knowledge;

/** A knowledge file that cannot be read: names the file and the line. */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    public KnowledgeException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
