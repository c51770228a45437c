package org.readout.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.readout.model.Event;

/**
 * One report's account of an interaction: event {@code eventIndex} of the record of a stored document.
 *
 * @param documentId the document's content hash, stable whatever the file was called
 * @param doc        the document's name as ingested
 */
public record Account(String documentId, String doc, int eventIndex, String outlet, String perspective,
                      LocalDate published, Event event) implements Serializable {
    public Account {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(event, "event");
    }

    /** The account's key, unique in a store: "documentId#eventIndex". */
    public String key() {
        return documentId + "#" + eventIndex;
    }
}
