package org.readout.server.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.readout.store.Page;

/**
 * The {@code limit} and {@code offset} of a list request. The store is asked for one item more than
 * the limit, so that a page knows whether another follows without counting.
 */
public record Paging(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static Paging of(Context ctx) {
        int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT);
        int offset = Params.integer(ctx, "offset", 0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw ApiException.badRequest("offset must be 0 or more, was " + offset);
        }
        return new Paging(limit, offset);
    }

    /** What to ask the store for: one more than the limit. */
    public Page page() {
        return new Page(limit + 1, offset);
    }

    /** How many items to fetch from a source that only takes a count from the start (search). */
    public int end() {
        return offset + limit + 1;
    }

    /**
     * The page of {@code fetched} (as asked for by {@link #page()}), linking the next page of the same request.
     *
     * @param total how many items the request pages through in all
     */
    public <T> Listing<T> listing(Context ctx, List<T> fetched, long total) {
        boolean more = fetched.size() > limit;
        return new Listing<>(more ? fetched.subList(0, limit) : fetched, limit, offset, total,
                more ? next(ctx) : null);
    }

    private String next(Context ctx) {
        String query = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals("offset"))
                .flatMap(e -> e.getValue().stream().map(v -> Map.entry(e.getKey(), v)))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + "offset=" + (offset + limit);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
