package org.readout.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.readout.analysis.StatementRef;
import org.readout.model.Statement;
import org.readout.store.StatementFilter;
import org.readout.store.Store;

/** Statements by speaker, actor, side, topic, kind, day and meeting. */
public final class StatementsApi {
    private final Store store;
    private final Answers answers;

    /** A statement with its id, "documentId#statementIndex", and its document's original address (null if unknown). */
    record StatementView(@JsonUnwrapped StatementRef ref, String id, String url) {
    }

    StatementsApi(Store store, Answers answers) {
        this.store = store;
        this.answers = answers;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/statements", answers.of(this::statements));
    }

    private Object statements(Context ctx) {
        Paging paging = Paging.of(ctx);
        StatementFilter filter = StatementFilter.ANY.withSpeaker(Params.text(ctx, "speaker")).withCountry(side(ctx))
                .withTopic(Params.topic(ctx, "topic")).withKind(Params.kind(ctx, "kind"))
                .during(Params.date(ctx, "since"), Params.date(ctx, "until"))
                .withActorId(Params.text(ctx, "actor")).ofMeeting(Params.text(ctx, "meeting"));
        List<StatementRef> page = store.statements(filter, paging.page());
        Map<String, String> urls = store.documentUrls(page.stream().map(StatementRef::documentId).distinct().toList());
        return paging.listing(ctx, page.stream().map(r -> new StatementView(r, r.key(), urls.get(r.documentId()))).toList(),
                store.statementCount(filter));
    }

    /** A state, or "both" for what the sides said together. */
    private String side(Context ctx) {
        String value = Params.text(ctx, "country");
        return Statement.BOTH_COUNTRY.equalsIgnoreCase(value) ? Statement.BOTH_COUNTRY : Params.country(ctx, store, "country");
    }
}
