package org.readout.store;

import java.util.Objects;
import org.readout.model.SourceDocument;

/**
 * A document to ingest.
 *
 * @param origin where it was read from (a path), kept with it; may be null
 */
public record DocumentInput(SourceDocument document, String origin) {
    public DocumentInput {
        Objects.requireNonNull(document, "document");
    }
}
