package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.readout.store.SearchFilter;
import org.readout.store.SearchHit;
import org.readout.store.Store;

/** Full-text search over documents and statements, best first, each hit with what a result list shows of it. */
public final class SearchApi {
    /** Ranked search has no cursor: a page past this many hits would rank them all first. */
    static final int MAX_OFFSET = 10_000;

    private final Store store;
    private final ResponseCache cache;

    SearchApi(Store store, ResponseCache cache) {
        this.store = store;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/search", cache.of(this::search));
    }

    private Object search(Context ctx) {
        Paging paging = Paging.of(ctx);
        if (paging.offset() > MAX_OFFSET) {
            throw ApiException.badRequest("offset must be at most " + MAX_OFFSET + " for a search; narrow it instead");
        }
        String query = Params.required(ctx, "q");
        List<String> pair = Params.pair(ctx, store, "pair");
        SearchFilter filter = SearchFilter.ANY.withType(Params.choice(ctx, "type", SearchHit.Type.class))
                .withCountry(Params.country(ctx, store, "country")).withSpeaker(Params.text(ctx, "speaker"))
                .withKind(Params.kind(ctx, "kind")).withTopic(Params.topic(ctx, "topic"))
                .during(Params.date(ctx, "since"), Params.date(ctx, "until"));
        if (pair != null) {
            filter = filter.withPair(pair.get(0), pair.get(1));
        }
        List<SearchHit> hits;
        int total;
        try {
            hits = store.search(query, filter, paging.end());
            total = store.searchCount(query, filter);
        } catch (IllegalArgumentException e) { // a query the parser cannot read, a speaker who is nobody
            throw ApiException.badRequest(e.getMessage());
        }
        // the context is read once for the page's hits (and the one that tells whether more follow)
        List<SearchHit> page = hits.subList(Math.min(paging.offset(), hits.size()), hits.size());
        return paging.listing(ctx, store.searchContext(page), total);
    }
}
