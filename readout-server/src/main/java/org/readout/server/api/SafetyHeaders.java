package org.readout.server.api;

import io.javalin.http.Context;

/**
 * The headers every answer carries: no content sniffing, no referrer, and a content security policy
 * that allows only the app's own files (no inline scripts or styles, no framing). No CORS headers:
 * other sites' pages may not read the API.
 */
public final class SafetyHeaders {
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " frame-ancestors 'none'";

    private SafetyHeaders() {
    }

    public static void add(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
    }
}
