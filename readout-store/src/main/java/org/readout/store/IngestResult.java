package org.readout.store;

import java.util.Objects;
import org.readout.model.ReadoutRecord;

/**
 * What ingesting one document did.
 *
 * @param documentId the content hash the document is stored under
 * @param record     the record extracted; null unless NEW
 * @param error      why it failed; null unless FAILED
 */
public record IngestResult(Status status, String documentId, ReadoutRecord record, String error) {
    public enum Status {
        /** Stored now. */
        NEW,
        /** A document with the same text was stored before (or earlier in the same batch); nothing changed. */
        UNCHANGED,
        /** Extraction failed on it (a bug); nothing of it was stored, the rest of its batch was. */
        FAILED
    }

    public IngestResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(documentId, "documentId");
    }

    static IngestResult added(String id, ReadoutRecord record) {
        return new IngestResult(Status.NEW, id, record, null);
    }

    static IngestResult unchanged(String id) {
        return new IngestResult(Status.UNCHANGED, id, null, null);
    }

    static IngestResult failed(String id, String error) {
        return new IngestResult(Status.FAILED, id, null, error);
    }
}
