package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.store.Store;

/** Extraction on trial: the record of a posted text, and the decoded text its offsets point into. Nothing is stored. */
public final class ExtractApi {
    private final TextBody body;
    private final ExtractionSlots slots;
    private final Store store;

    record Extracted(ReadoutRecord record, String text) {
    }

    ExtractApi(TextBody body, ExtractionSlots slots, Store store) {
        this.body = body;
        this.slots = slots;
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/extract", this::extract);
    }

    private void extract(Context ctx) {
        SourceDocument document = body.read(ctx);
        ctx.json(new Extracted(slots.run(() -> store.extractor().extract(document)), document.text()));
    }
}
