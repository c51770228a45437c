package org.readout.server.api;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * How a list endpoint answers: its {@link Listing} as JSON, or its items as CSV, one row each. The
 * {@code format} parameter chooses (a link cannot set a header), else the Accept header does.
 */
enum ListFormat {
    JSON("application/json", "json"), CSV("text/csv; charset=utf-8", "csv");

    final String contentType;
    final String extension;

    ListFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    static ListFormat of(Context ctx) {
        String asked = Params.text(ctx, "format");
        if (asked != null) {
            return Params.choice(ctx, "format", ListFormat.class);
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv") ? CSV : JSON;
    }

    /** Whether the request names its format, as a download link does: the answer is then a file to save. */
    static boolean named(Context ctx) {
        return Params.text(ctx, "format") != null;
    }
}
