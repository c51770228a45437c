package org.readout.analysis.codes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.readout.analysis.Meeting;
import org.readout.analysis.compare.AccountComparison;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * Codes a meeting and what was said at it in CAMEO, as GDELT event rows: the meeting once per pair
 * of states ({@link Dyad}), each statement once however many accounts report it. Actors are the
 * states' governments ("CHNGOV"). Mappings in {@link CameoCodebook}, places by {@link GdeltGeo}; see
 * CODES.md. Immutable and thread-safe.
 */
public final class CameoCoder {
    private static final String GOVERNMENT = "GOV";

    private final CameoCodebook codebook;
    private final AccountComparison comparison;
    private final GdeltGeo geo;

    public CameoCoder() {
        this(CameoCodebook.bundled(), new AccountComparison(), new GdeltGeo());
    }

    public CameoCoder(CameoCodebook codebook, AccountComparison comparison, GdeltGeo geo) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.geo = Objects.requireNonNull(geo, "geo");
    }

    /**
     * @param records the accounts' records by document id, for statements and source URLs
     * @param added   when the meeting's first account was stored (UTC): DATEADDED
     * @param ids     the export's ids, which keeps them unique
     */
    public List<GdeltEvent> code(Meeting meeting, Map<String, ReadoutRecord> records, LocalDateTime added, EventIds ids) {
        Context c = new Context(meeting, MeetingFacts.day(meeting, added), added, geo.place(meeting.location()));
        List<GdeltEvent> events = new ArrayList<>();
        String occasions = MeetingFacts.occasions(meeting);
        String source = MeetingFacts.source(meeting.accounts(), records);
        for (Dyad d : Dyad.of(meeting)) {
            codebook.meetings().code(Dyad.modeKey(meeting), d.side(), occasions).ifPresent(code -> events.add(
                    event(c, ids.of(meeting.id() + "|" + d.actor() + ">" + d.recipient()), code,
                            actor(d.actor(), MeetingFacts.name(meeting, d.actor())),
                            actor(d.recipient(), MeetingFacts.name(meeting, d.recipient())), true,
                            meeting.accounts().size(), MeetingFacts.sources(meeting.accounts()),
                            MeetingFacts.documents(meeting.accounts()), source)));
        }
        for (Said said : Said.of(meeting, records, comparison)) {
            statementEvent(c, said, records, ids).ifPresent(events::add);
        }
        return events;
    }

    /** What every row of one meeting shares. */
    private record Context(Meeting meeting, LocalDate day, LocalDateTime added, GdeltEvent.Place place) {
    }

    private Optional<GdeltEvent> statementEvent(Context c, Said said, Map<String, ReadoutRecord> records, EventIds ids) {
        Statement s = said.statement();
        if (said.actor() == null) {
            return Optional.empty();
        }
        String speaker = Statement.BOTH.equals(s.speaker()) || s.speaker() == null
                ? MeetingFacts.name(c.meeting(), said.actor()) : s.speaker();
        return codebook.statements().code(s.kind().name().toLowerCase(Locale.ROOT), "", s.text())
                .map(code -> event(c, ids.of(said.key()), code, actor(said.actor(), speaker),
                        said.recipient() == null ? null : actor(said.recipient(), MeetingFacts.name(c.meeting(), said.recipient())),
                        false, said.accounts().size(), MeetingFacts.sources(said.accounts()),
                        MeetingFacts.documents(said.accounts()), MeetingFacts.source(said.accounts(), records)));
    }

    private GdeltEvent event(Context c, long id, String code, GdeltEvent.Actor a1, GdeltEvent.Actor a2, boolean root,
                             int mentions, int sources, int articles, String url) {
        return new GdeltEvent(id, c.day(), a1, a2, root, code, CameoCodebook.quadClass(code), codebook.goldstein(code),
                mentions, sources, articles, c.place(), c.added(), url);
    }

    private static GdeltEvent.Actor actor(String state, String name) {
        return new GdeltEvent.Actor(state + GOVERNMENT, name, state, GOVERNMENT);
    }
}
