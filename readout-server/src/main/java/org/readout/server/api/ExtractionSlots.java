package org.readout.server.api;

import io.javalin.http.Context;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The extractions the server runs at once. Extraction is CPU work that may take seconds on a long
 * text: a request beyond the slots is answered 503 with Retry-After at once rather than queued, so
 * that posted texts cannot take every worker (and core) from the pages.
 */
final class ExtractionSlots {
    private static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore slots;

    ExtractionSlots(int count) {
        this.slots = new Semaphore(count);
    }

    <T> T run(Context ctx, Supplier<T> extraction) {
        if (!slots.tryAcquire()) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            throw new ApiException(503, "unavailable", "the server is extracting as many texts as it can: try again shortly");
        }
        try {
            return extraction.get();
        } finally {
            slots.release();
        }
    }
}
