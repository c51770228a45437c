package org.readout.store;

import java.util.List;

/**
 * The documents of an ingest are stored (their database transaction committed), but the
 * full-text index failed after it, a full disk say: search lacks them until the store next
 * opens, when the index catches up from the database. Carries what the ingest did, so that the
 * caller can account for every document.
 */
public final class IndexBehindException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient List<IngestResult> results;

    IndexBehindException(List<IngestResult> results, StoreException cause) {
        super(cause.getMessage(), cause);
        this.results = List.copyOf(results);
    }

    /** One result per input, in order, as {@link Store#ingest(List)} would have returned them. */
    public List<IngestResult> results() {
        return results;
    }
}
