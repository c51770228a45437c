package org.readout.analysis.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.readout.analysis.AnalysisData;
import org.readout.analysis.Ids;
import org.readout.analysis.Meeting;
import org.readout.analysis.compare.AccountComparison;
import org.readout.model.Location;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * Codes a meeting and what was said at it in CAMEO, as GDELT event rows: the meeting once per pair
 * of states ({@link Dyad}), each statement once however many accounts report it. Actors are the
 * states' governments ("CHNGOV"). Mappings in {@link CameoCodebook}; see CODES.md. Immutable and
 * thread-safe.
 */
public final class CameoCoder {
    private static final String GOVERNMENT = "GOV";

    private final CameoCodebook codebook;
    private final AccountComparison comparison;
    private final Map<String, String> countryNames;

    public CameoCoder() {
        this(CameoCodebook.bundled(), new AccountComparison());
    }

    public CameoCoder(CameoCodebook codebook, AccountComparison comparison) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.countryNames = AnalysisData.knowledge("countries.tsv").rows().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get("alpha3"), r -> r.get("name"), (a, b) -> a));
    }

    /** @param records the accounts' records by document id, for statements and source URLs */
    public List<GdeltEvent> code(Meeting meeting, Map<String, ReadoutRecord> records) {
        List<GdeltEvent> events = new ArrayList<>();
        String occasions = MeetingFacts.occasions(meeting);
        String source = MeetingFacts.source(meeting.accounts(), records);
        for (Dyad d : Dyad.of(meeting)) {
            codebook.meetings().code(Dyad.modeKey(meeting), d.side(), occasions).ifPresent(code -> events.add(
                    event(meeting, code, actor(d.actor(), MeetingFacts.name(meeting, d.actor())),
                            actor(d.recipient(), MeetingFacts.name(meeting, d.recipient())), true,
                            meeting.accounts().size(), MeetingFacts.sources(meeting.accounts()),
                            MeetingFacts.documents(meeting.accounts()), source, d.actor() + ">" + d.recipient())));
        }
        for (Said said : Said.of(meeting, records, comparison)) {
            statementEvent(meeting, said, records).ifPresent(events::add);
        }
        return events;
    }

    private Optional<GdeltEvent> statementEvent(Meeting meeting, Said said, Map<String, ReadoutRecord> records) {
        Statement s = said.statement();
        if (said.actor() == null) {
            return Optional.empty();
        }
        String speaker = Statement.BOTH.equals(s.speaker()) || s.speaker() == null
                ? MeetingFacts.name(meeting, said.actor()) : s.speaker();
        return codebook.statements().code(s.kind().name().toLowerCase(java.util.Locale.ROOT), "", s.text())
                .map(code -> event(meeting, code, actor(said.actor(), speaker),
                        said.recipient() == null ? null : actor(said.recipient(), MeetingFacts.name(meeting, said.recipient())),
                        false, said.accounts().size(), MeetingFacts.sources(said.accounts()),
                        MeetingFacts.documents(said.accounts()), MeetingFacts.source(said.accounts(), records),
                        said.accounts().get(0).key() + "|" + s.text()));
    }

    private GdeltEvent event(Meeting m, String code, GdeltEvent.Actor a1, GdeltEvent.Actor a2, boolean root,
                             int mentions, int sources, int articles, String url, String discriminator) {
        Location place = m.location();
        return new GdeltEvent(number(m.id() + "|" + code + "|" + discriminator), m.date(), a1, a2, root, code,
                CameoCodebook.quadClass(code), codebook.goldstein(code), mentions, sources, articles,
                geoType(place), fullName(place), url);
    }

    private static GdeltEvent.Actor actor(String state, String name) {
        return new GdeltEvent.Actor(state + GOVERNMENT, name, state, GOVERNMENT);
    }

    /** GDELT's resolution: 3 a US city, 4 a city elsewhere, 1 a country only, 0 no place (calls). */
    private static int geoType(Location place) {
        if (place == null || place.city() == null && place.country() == null) {
            return 0;
        }
        return place.city() == null ? 1 : "USA".equals(place.country()) ? 3 : 4;
    }

    private String fullName(Location place) {
        if (place == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(place.city()).ifPresent(parts::add);
        Optional.ofNullable(place.region()).ifPresent(parts::add);
        Optional.ofNullable(place.country()).map(c -> countryNames.getOrDefault(c, c)).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** A positive integer id, as GDELT's are, stable for the same meeting and event. */
    private static long number(String key) {
        return Long.parseLong(Ids.of("", key).substring(0, 12), 16);
    }
}
