package org.readout.store;

import java.util.Objects;
import org.readout.model.ReadoutRecord;

/**
 * What ingesting one document did.
 *
 * @param documentId the content hash the document is stored under
 * @param record     the record extracted; null when the document was already stored
 */
public record IngestResult(Status status, String documentId, ReadoutRecord record) {
    public enum Status {
        /** Stored now. */
        NEW,
        /** A document with the same text was stored before; nothing changed. */
        UNCHANGED
    }

    public IngestResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(documentId, "documentId");
    }
}
