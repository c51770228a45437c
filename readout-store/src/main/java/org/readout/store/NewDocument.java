package org.readout.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.readout.model.Event;
import org.readout.model.ReadoutRecord;

/**
 * A document about to be stored: its id (content hash), ingest number, where it was read from, text, record, and
 * what its container said of it besides (a dump's other columns; empty for most).
 */
record NewDocument(String id, long seq, String origin, String text, ReadoutRecord record, Map<String, String> metadata) {
    NewDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(record, "record");
        metadata = metadata == null ? Map.of() : metadata;
    }

    /** A document as the index needs it: the metadata is not searched. */
    NewDocument(String id, long seq, String origin, String text, ReadoutRecord record) {
        this(id, seq, origin, text, record, Map.of());
    }

    /** The day the document's statements are filed under: its first dated event's, else the publication day. */
    LocalDate statementDate() {
        return record.events().stream().map(Event::date).filter(Objects::nonNull).findFirst()
                .orElse(record.published());
    }
}
