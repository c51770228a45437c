package org.readout.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.readout.analysis.office.OfficeSpellings;
import org.readout.store.ActorProfile;
import org.readout.store.ActorSummary;
import org.readout.store.Store;
import org.readout.store.TopicTotal;

/** The people of the store: listed with their counts, and one with their offices (spellings merged) and topics. */
public final class ActorsApi {
    private final Store store;
    private final ResponseCache cache;
    private final MergedOffices offices = new MergedOffices(OfficeSpellings.bundled());

    /** A person's profile plus what their statements were about, most first. */
    record ActorView(@JsonUnwrapped ActorProfile profile, List<TopicTotal> topics) {
    }

    ActorsApi(Store store, ResponseCache cache) {
        this.store = store;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/actors", cache.of(this::actors));
        routes.get("/api/actors/{id}", cache.of(this::actor));
    }

    private Object actors(Context ctx) {
        Paging paging = Paging.of(ctx);
        ActorSummary.Sort sort = Objects.requireNonNullElse(Params.choice(ctx, "sort", ActorSummary.Sort.class),
                ActorSummary.Sort.NAME);
        String query = Params.text(ctx, "q");
        return paging.listing(ctx, store.actors(query, sort, paging.page()), store.actorCount(query));
    }

    private Object actor(Context ctx) {
        String id = ctx.pathParam("id");
        ActorProfile profile = store.actor(id).orElseThrow(() -> ApiException.notFound("no actor " + id));
        ActorProfile merged = new ActorProfile(profile.actor(), offices.of(profile.offices()), profile.firstSeen(),
                profile.lastSeen(), profile.events(), profile.meetings(), profile.statements());
        return new ActorView(merged, store.actorTopics(id));
    }
}
