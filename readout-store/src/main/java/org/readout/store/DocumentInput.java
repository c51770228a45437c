package org.readout.store;

import java.util.Objects;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/**
 * A document to ingest.
 *
 * @param origin where it was read from (a path relative to what was named, or a URL), kept with it, a local
 *               absolute path only by its file name ({@link StoredOrigin}); may be null
 * @param record its record where the caller extracted it already (a parallel job, say); null to extract it here
 */
public record DocumentInput(SourceDocument document, String origin, ReadoutRecord record) {
    public DocumentInput {
        Objects.requireNonNull(document, "document");
        origin = StoredOrigin.of(origin);
    }

    public DocumentInput(SourceDocument document, String origin) {
        this(document, origin, null);
    }
}
