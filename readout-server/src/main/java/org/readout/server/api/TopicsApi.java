package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.readout.store.Store;
import org.readout.store.TopicCount;

/** What two states talked about over time: statements per period, side and topic. Bounded, so not paged. */
public final class TopicsApi {
    private final Store store;

    record TopicCounts(List<String> countries, String period, List<TopicCount> counts) {
    }

    public TopicsApi(Store store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/topics", this::topics);
    }

    private void topics(Context ctx) {
        List<String> sides = Params.sides(store, Params.required(ctx, "country"), Params.required(ctx, "other"));
        TopicCount.Period period = Objects.requireNonNullElse(Params.choice(ctx, "period", TopicCount.Period.class),
                TopicCount.Period.YEAR);
        ctx.json(new TopicCounts(sides, period.name().toLowerCase(Locale.ROOT),
                store.topicCounts(sides.get(0), sides.get(1), period)));
    }
}
