package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;

/** Handlers that send what a read endpoint works out as an {@link Answer}: a list as JSON or CSV, anything else as JSON. */
final class Answers {
    private final ObjectMapper json;

    Answers(ObjectMapper json) {
        this.json = json;
    }

    Answer answer(Context ctx, Object value) {
        return Answer.of(ctx, value, json);
    }

    /** A handler that works the answer out on every request. */
    Handler of(Function<Context, Object> work) {
        return ctx -> answer(ctx, work.apply(ctx)).send(ctx);
    }
}
