package org.readout.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.readout.analysis.StatementRef;
import org.readout.model.Statement;
import org.readout.store.StatementFilter;
import org.readout.store.Store;

/** Statements by speaker, actor, side, topic, kind, day and meeting. */
public final class StatementsApi {
    private final Store store;

    /** A statement with its id, "documentId#statementIndex". */
    record StatementView(@JsonUnwrapped StatementRef ref, String id) {
        static StatementView of(StatementRef r) {
            return new StatementView(r, r.key());
        }
    }

    public StatementsApi(Store store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/statements", this::statements);
    }

    private void statements(Context ctx) {
        Paging paging = Paging.of(ctx);
        StatementFilter filter = StatementFilter.ANY.withSpeaker(Params.text(ctx, "speaker")).withCountry(side(ctx))
                .withTopic(Params.topic(ctx, "topic")).withKind(Params.kind(ctx, "kind"))
                .during(Params.date(ctx, "since"), Params.date(ctx, "until"))
                .withActorId(Params.text(ctx, "actor")).ofMeeting(Params.text(ctx, "meeting"));
        ctx.json(paging.listing(ctx, store.statements(filter, paging.page()).stream().map(StatementView::of).toList()));
    }

    /** A state, or "both" for what the sides said together. */
    private String side(Context ctx) {
        String value = Params.text(ctx, "country");
        return Statement.BOTH_COUNTRY.equalsIgnoreCase(value) ? Statement.BOTH_COUNTRY : Params.country(ctx, store, "country");
    }
}
