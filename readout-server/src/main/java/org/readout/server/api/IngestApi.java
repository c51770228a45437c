package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.store.IngestResult;
import org.readout.store.Store;

/** Ingest over HTTP: only with the operator's token, and never on a read-only server. */
public final class IngestApi {
    private final Store store;
    private final TextBody body;
    private final ExtractionSlots slots;
    private final BearerToken token;

    record Ingested(IngestResult.Status status, String documentId, ReadoutRecord record) {
    }

    /** @param token the ingest token; null makes the server read-only */
    IngestApi(Store store, TextBody body, ExtractionSlots slots, String token) {
        this.store = store;
        this.body = body;
        this.slots = slots;
        this.token = token == null ? null : new BearerToken(token);
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/documents", this::ingest);
    }

    private void ingest(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "forbidden", "this server is read-only: start it with an ingest token to ingest");
        }
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "ingesting needs the header \"Authorization: Bearer TOKEN\"");
        }
        SourceDocument document = body.read(ctx);
        IngestResult result = slots.run(() -> store.ingest(document, document.url()));
        switch (result.status()) {
            case NEW -> ctx.status(201).json(new Ingested(result.status(), result.documentId(), result.record()));
            case UNCHANGED -> ctx.json(new Ingested(result.status(), result.documentId(),
                    store.document(result.documentId()).orElseThrow().record()));
            case FAILED -> throw new IllegalStateException("extraction failed on " + result.documentId() + ": " + result.error());
        }
    }
}
