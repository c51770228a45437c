package org.readout.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.readout.store.ActorProfile;
import org.readout.store.ActorSummary;
import org.readout.store.Store;
import org.readout.store.TopicTotal;

/** The people of the store: listed with their counts, and one with their offices and topics. */
public final class ActorsApi {
    private final Store store;

    /** A person's profile plus what their statements were about, most first. */
    record ActorView(@JsonUnwrapped ActorProfile profile, List<TopicTotal> topics) {
    }

    public ActorsApi(Store store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/actors", this::actors);
        routes.get("/api/actors/{id}", this::actor);
    }

    private void actors(Context ctx) {
        Paging paging = Paging.of(ctx);
        ActorSummary.Sort sort = Objects.requireNonNullElse(Params.choice(ctx, "sort", ActorSummary.Sort.class),
                ActorSummary.Sort.NAME);
        ctx.json(paging.listing(ctx, store.actors(Params.text(ctx, "q"), sort, paging.page())));
    }

    private void actor(Context ctx) {
        String id = ctx.pathParam("id");
        ActorProfile profile = store.actor(id).orElseThrow(() -> ApiException.notFound("no actor " + id));
        ctx.json(new ActorView(profile, store.actorTopics(id)));
    }
}
