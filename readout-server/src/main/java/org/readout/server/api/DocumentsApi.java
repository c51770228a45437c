package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.readout.model.ReadoutRecord;
import org.readout.store.DocumentSummary;
import org.readout.store.Store;
import org.readout.store.StoredDocument;

/** Stored documents and their records, in ingest order or by id; their origins without the server's folders. */
public final class DocumentsApi {
    private final Store store;
    private final Answers answers;

    /** A document with the text its evidence offsets point into (UTF-16 offsets: JavaScript string indices). */
    record DocumentView(String id, long seq, String name, String origin, String text, ReadoutRecord record) {
        static DocumentView of(StoredDocument d) {
            return new DocumentView(d.id(), d.seq(), d.record().doc(), PublicOrigin.of(d.origin()), d.text(), d.record());
        }
    }

    DocumentsApi(Store store, Answers answers) {
        this.store = store;
        this.answers = answers;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/documents", answers.of(ctx -> {
            Paging paging = Paging.of(ctx);
            return paging.listing(ctx, store.documents(paging.page()).stream().map(DocumentsApi::shown).toList(),
                    store.counts().documents());
        }));
        routes.get("/api/documents/{id}", ctx -> ctx.json(DocumentView.of(document(ctx))));
        routes.get("/api/records", answers.of(this::records));
        routes.get("/api/records/{id}", ctx -> ctx.json(document(ctx).record()));
    }

    private static DocumentSummary shown(DocumentSummary d) {
        return new DocumentSummary(d.id(), d.seq(), d.name(), PublicOrigin.of(d.origin()), d.title(), d.outlet(),
                d.published(), d.perspective(), d.language(), d.topics());
    }

    private StoredDocument document(Context ctx) {
        String id = ctx.pathParam("id");
        return store.document(id).orElseThrow(() -> ApiException.notFound("no document " + id));
    }

    private Object records(Context ctx) {
        Paging paging = Paging.of(ctx);
        return paging.listing(ctx, store.records(paging.page()), store.counts().documents());
    }
}
