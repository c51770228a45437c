package org.readout.store;

import java.util.Objects;
import org.readout.model.ReadoutRecord;

/**
 * A stored document: its text (which evidence offsets point into) and its record.
 *
 * @param id     the SHA-256 of the text
 * @param seq    its place in ingest order, from 1
 * @param origin where it was read from; may be null
 */
public record StoredDocument(String id, long seq, String origin, String text, ReadoutRecord record) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(record, "record");
    }
}
