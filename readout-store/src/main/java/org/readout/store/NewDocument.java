package org.readout.store;

import java.time.LocalDate;
import java.util.Objects;
import org.readout.model.Event;
import org.readout.model.ReadoutRecord;

/** A document about to be stored: its id (content hash), ingest number, where it was read from, text and record. */
record NewDocument(String id, long seq, String origin, String text, ReadoutRecord record) {
    NewDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(record, "record");
    }

    /** The day an event is filed under: its date, else the day the document was published. */
    LocalDate day(Event event) {
        return event.date() != null ? event.date() : record.published();
    }

    /** The day the document's statements are filed under: its first dated event's, else the publication day. */
    LocalDate statementDate() {
        return record.events().stream().map(Event::date).filter(Objects::nonNull).findFirst()
                .orElse(record.published());
    }
}
