package org.readout.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.readout.analysis.compare.AccountComparison;
import org.readout.analysis.compare.Comparison;
import org.readout.analysis.office.OfficeLevels;
import org.readout.model.ReadoutRecord;
import org.readout.store.MeetingDetail;
import org.readout.store.MeetingFilter;
import org.readout.store.Store;

/** The timeline of meetings, and one meeting with its accounts compared. */
public final class MeetingsApi {
    private final Store store;
    private final ResponseCache cache;
    private final OfficeLevels levels = OfficeLevels.bundled();
    private final AccountComparison comparison = new AccountComparison();

    /** A document that gives an account of the meeting, as a list of sources shows it. */
    record Source(String id, String name, String outlet, String perspective, LocalDate published, String title, String url) {
        static Source of(String id, ReadoutRecord r) {
            return new Source(id, r.doc(), r.outlet(), r.perspective(), r.published(), r.title(), r.url());
        }
    }

    record MeetingPage(MeetingView meeting, Comparison comparison, List<Source> documents) {
    }

    MeetingsApi(Store store, ResponseCache cache) {
        this.store = store;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/meetings", cache.of(this::meetings));
        routes.get("/api/meetings/{id}", cache.of(this::meeting));
    }

    private Object meetings(Context ctx) {
        Paging paging = Paging.of(ctx);
        MeetingFilter filter = MeetingFilter.ANY.withCountries(Params.countries(ctx, store, "country"))
                .withActor(Actors.name(store, Params.text(ctx, "actor")))
                .during(Params.date(ctx, "since"), Params.date(ctx, "until"));
        return paging.listing(ctx, MeetingView.of(store.meetings(filter, paging.page()), levels, store), store.meetingCount(filter));
    }

    private Object meeting(Context ctx) {
        String id = ctx.pathParam("id");
        MeetingDetail detail = store.meeting(id).orElseThrow(() -> ApiException.notFound("no meeting " + id));
        List<String> ids = detail.documentIds();
        List<Source> sources = IntStream.range(0, Math.min(ids.size(), detail.records().size()))
                .mapToObj(i -> Source.of(ids.get(i), detail.records().get(i))).toList();
        return new MeetingPage(MeetingView.of(List.of(detail.meeting()), levels, store).get(0),
                comparison.compare(detail.meeting(), detail.recordsByDocumentId()), sources);
    }
}
