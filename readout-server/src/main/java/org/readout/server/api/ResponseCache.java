package org.readout.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;
import org.readout.store.Store;

/**
 * The answers of the read endpoints whose work is worth keeping (timelines, meetings with their
 * comparison, actors, searches), by store version, format and request path with its query: a page asked
 * again before anything is ingested is sent as it was written, without reading the store or writing it again.
 * At most {@value #ENTRIES} answers of up to {@value #LARGEST_BYTES} bytes each are kept; errors never.
 */
final class ResponseCache {
    static final int ENTRIES = 512;
    static final int LARGEST_BYTES = 256 * 1024;

    private final Store store;
    private final Answers answers;
    private final StateCache<String, Answer> kept = new StateCache<>(ENTRIES, a -> a.body().length <= LARGEST_BYTES);

    ResponseCache(Store store, Answers answers) {
        this.store = store;
        this.answers = answers;
    }

    /** A handler that answers with {@code answer}'s value, kept for the same request at the same store version. */
    Handler of(Function<Context, Object> answer) {
        return ctx -> {
            String query = ctx.queryString();
            String request = ListFormat.of(ctx) + " " + (query == null ? ctx.path() : ctx.path() + "?" + query);
            kept.get(store.version(), request, () -> answers.answer(ctx, answer.apply(ctx))).send(ctx);
        };
    }
}
