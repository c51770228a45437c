package org.readout.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.readout.store.Store;

/**
 * The JSON answers of the read endpoints whose work is worth keeping (timelines, meetings with their
 * comparison, actors, searches), by store version and request path with its query: a page asked again before
 * anything is ingested is sent as it was written, without reading the store or writing JSON again.
 * At most {@value #ENTRIES} answers of up to {@value #LARGEST_BYTES} bytes each are kept; errors never.
 */
final class ResponseCache {
    static final int ENTRIES = 512;
    static final int LARGEST_BYTES = 256 * 1024;

    private final Store store;
    private final ObjectMapper json;
    private final StateCache<String, byte[]> answers = new StateCache<>(ENTRIES, body -> body.length <= LARGEST_BYTES);

    ResponseCache(Store store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** A handler that answers with {@code answer}'s JSON, kept for the same request at the same store version. */
    Handler of(Function<Context, Object> answer) {
        return ctx -> {
            String query = ctx.queryString();
            String request = query == null ? ctx.path() : ctx.path() + "?" + query;
            byte[] body = answers.get(store.version(), request, () -> write(answer.apply(ctx)));
            ctx.contentType(ContentType.APPLICATION_JSON).result(body);
        };
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
