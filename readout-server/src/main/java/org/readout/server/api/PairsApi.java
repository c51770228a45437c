package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.readout.store.CountryPair;
import org.readout.store.RelationshipName;
import org.readout.store.Store;

/** The pairs of states that met, their relationship's names, and countries by code: where a user starts browsing. */
public final class PairsApi {
    private final Store store;
    private final Answers answers;

    /** A pair with its countries' names, in the order of the codes. */
    record PairView(List<String> countries, List<String> names, long meetings, LocalDate first, LocalDate last) {
    }

    record CountryView(String code, String name) {
    }

    /** The names of one pair's relationship, in the order they first appear (bounded, so not paged). */
    record NamesView(List<String> countries, List<RelationshipName> names) {
    }

    PairsApi(Store store, Answers answers) {
        this.store = store;
        this.answers = answers;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/pairs", answers.of(this::pairs));
        routes.get("/api/pairs/{a}/{b}/labels", this::labels);
        routes.get("/api/countries/{code}", this::country);
    }

    private Object pairs(Context ctx) {
        Paging paging = Paging.of(ctx);
        List<PairView> pairs = store.countryPairs(paging.page()).stream().map(this::view).toList();
        return paging.listing(ctx, pairs, store.countryPairCount());
    }

    private PairView view(CountryPair p) {
        return new PairView(p.countries(), p.countries().stream().map(this::name).toList(), p.meetings(), p.first(), p.last());
    }

    private void labels(Context ctx) {
        List<String> sides = Params.sides(store, ctx.pathParam("a"), ctx.pathParam("b"));
        ctx.json(new NamesView(sides, store.relationshipNames(sides.get(0), sides.get(1))));
    }

    private void country(Context ctx) {
        String asked = ctx.pathParam("code");
        String code;
        try {
            code = store.countryCode(asked);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no country " + asked);
        }
        ctx.json(new CountryView(code, name(code)));
    }

    private String name(String code) {
        return store.countryName(code).orElse(code);
    }
}
