package org.readout.server.api;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every answer carries: no content sniffing, no referrer, and a content security policy
 * that allows only the app's own files (no inline scripts or styles, no framing). No CORS headers:
 * other sites' pages may not read the API.
 */
public final class SafetyHeaders {
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " frame-ancestors 'none'";

    /** The headers by name, for the answers Jetty gives without the app. */
    public static final Map<String, String> HEADERS = Map.of("X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer", "Content-Security-Policy", CSP);

    private SafetyHeaders() {
    }

    public static void add(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
