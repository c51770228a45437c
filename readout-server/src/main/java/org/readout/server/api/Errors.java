package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Every error of the API as problem JSON: refusals ({@link ApiException}), Javalin's own answers
 * (405, 413, an unknown /api path's 404) and failures, which say nothing of their cause.
 */
public final class Errors {
    private static final System.Logger LOG = System.getLogger(Errors.class.getName());
    private static final String RETRY_AFTER_SECONDS = "1";

    private Errors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 503) { // busy for now: a second is about what an extraction takes
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            }
            write(ctx, ProblemJson.of(e.status(), e.code(), e.getMessage()));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (isApi(ctx)) {
                write(ctx, ProblemJson.of(e.getStatus(), e.getMessage()));
            } else { // the web app's paths keep a plain answer
                ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getMessage());
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "failed: " + ctx.method() + " " + ctx.path(), e);
            write(ctx, ProblemJson.of(500, "the server failed on this request"));
        });
    }

    static void write(Context ctx, ProblemJson problem) {
        ctx.status(problem.status()).json(problem).contentType(ProblemJson.CONTENT_TYPE);
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
    }
}
