package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.readout.analysis.commitment.CommitmentGroup;
import org.readout.analysis.commitment.CommitmentGrouper;
import org.readout.store.Store;

/** Each state's promises, the same promise made at several meetings grouped, most repeated first. */
public final class CommitmentsApi {
    private final Store store;
    private final Answers answers;
    private final CommitmentGrouper grouper = new CommitmentGrouper();
    /** Grouping is quadratic in the promises: a page load must not redo it while nothing was ingested. */
    private final StateCache<List<String>, List<CommitmentGroup>> cache = new StateCache<>(16);

    CommitmentsApi(Store store, Answers answers) {
        this.store = store;
        this.answers = answers;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/commitments", answers.of(this::commitments));
    }

    private Object commitments(Context ctx) {
        Paging paging = Paging.of(ctx);
        String country = Params.country(ctx, store, "country");
        List<String> pair = Objects.requireNonNullElse(Params.pair(ctx, store, "pair"), List.of());
        List<CommitmentGroup> groups = cache.get(store.version(), pair, () -> group(pair))
                .stream().filter(g -> country == null || g.country().equals(country)).toList();
        int from = Math.min(paging.offset(), groups.size());
        return paging.listing(ctx, groups.subList(from, Math.min(groups.size(), from + paging.limit() + 1)), groups.size());
    }

    // grouped for all states, then filtered: each state's promises are grouped apart, so the groups are the same
    private List<CommitmentGroup> group(List<String> pair) {
        return grouper.group(store.promises(null).stream().filter(r -> r.parties().containsAll(pair)).toList());
    }
}
