package org.readout.server.api;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The extractions the server runs at once. Extraction is CPU work that may take seconds on a long
 * text: a request beyond the slots is answered 503 with Retry-After at once rather than queued, so
 * that posted texts cannot take every worker (and core) from the pages.
 */
final class ExtractionSlots {
    private final Semaphore slots;

    ExtractionSlots(int count) {
        this.slots = new Semaphore(count);
    }

    /** Runs {@code extraction} in a free slot; with none free, refuses (503, with Retry-After: see {@link Errors}). */
    <T> T run(Supplier<T> extraction) {
        if (!slots.tryAcquire()) {
            throw ApiException.unavailable("the server is extracting as many texts as it can: try again shortly");
        }
        try {
            return extraction.get();
        } finally {
            slots.release();
        }
    }
}
