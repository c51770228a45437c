package org.readout.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A read endpoint's answer as sent: its bytes and type, and for a list its total and whether it is a
 * file to save. A list is sent in the format the request asks for ({@link ListFormat}), anything else as JSON.
 *
 * @param total    how many items a list pages through in all; -1 for an answer that is no list
 * @param filename the name to save the answer under; null when it is not a download
 */
record Answer(byte[] body, String contentType, long total, String filename) {
    static final String TOTAL_HEADER = "X-Total-Count";

    /** {@code value} written for the request {@code ctx}. */
    static Answer of(Context ctx, Object value, ObjectMapper json) {
        if (!(value instanceof Listing<?> listing)) {
            return new Answer(write(json, value), "application/json", -1, null);
        }
        ListFormat format = ListFormat.of(ctx);
        String filename = ListFormat.named(ctx) ? name(ctx) + "." + format.extension : null;
        byte[] body = format == ListFormat.CSV ? new CsvRows(json).write(listing.items()).getBytes(StandardCharsets.UTF_8)
                : write(json, listing);
        return new Answer(body, format.contentType, listing.total(), filename);
    }

    /** Sends the answer; a list says that its format depends on the Accept header. */
    void send(Context ctx) {
        if (total >= 0) {
            ctx.header(TOTAL_HEADER, Long.toString(total));
            ctx.header("Vary", "Accept");
        }
        if (filename != null) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        }
        ctx.contentType(contentType).result(body);
    }

    /** The list's name from its path: "statements" for /api/statements. */
    private static String name(Context ctx) {
        String path = ctx.path();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static byte[] write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
