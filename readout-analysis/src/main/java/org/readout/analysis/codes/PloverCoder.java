package org.readout.analysis.codes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.readout.analysis.Account;
import org.readout.analysis.AnalysisData;
import org.readout.analysis.Meeting;
import org.readout.analysis.compare.AccountComparison;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * Codes a meeting and what was said at it in PLOVER: one CONSULT event per meeting (where one side
 * hosts, the visitors are the actor and the host the recipient; otherwise every participant is an
 * actor), and an event per statement whose kind PLOVER codes (AGREE, REQUEST, SUPPORT, ACCUSE,
 * REJECT, THREATEN), however many accounts report it. Mappings in {@link PloverCodebook}; see
 * CODES.md. Immutable and thread-safe.
 */
public final class PloverCoder {
    private static final String MULTILATERAL = "multilateral";
    private static final String CODER = "Readout";
    private static final String GOVERNMENT = "GOV";

    private final PloverCodebook codebook;
    private final AccountComparison comparison;
    private final Map<String, String> alpha2;
    private final Map<String, String> countryNames;

    public PloverCoder() {
        this(PloverCodebook.bundled(), new AccountComparison());
    }

    public PloverCoder(PloverCodebook codebook, AccountComparison comparison) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        var countries = AnalysisData.knowledge("countries.tsv").rows();
        this.alpha2 = countries.stream().collect(Collectors.toMap(r -> r.get("alpha3"), r -> r.get("alpha2"), (a, b) -> a));
        this.countryNames = countries.stream().collect(Collectors.toMap(r -> r.get("alpha3"), r -> r.get("name"), (a, b) -> a));
    }

    /**
     * @param records the accounts' records by document id, for the statements and topics
     * @param added   when the meeting's first account was stored (UTC)
     * @param ids     the export's ids, which keeps them unique
     */
    public List<PloverEvent> code(Meeting meeting, Map<String, ReadoutRecord> records, LocalDateTime added, EventIds ids) {
        Context c = new Context(meeting, records, MeetingFacts.day(meeting, added).toString(), added.toLocalDate().toString(),
                place(meeting.location()));
        List<PloverEvent> events = new ArrayList<>();
        events.add(consult(c, ids));
        for (Said said : Said.of(meeting, records, comparison)) {
            statementEvent(c, said, ids).ifPresent(events::add);
        }
        return events;
    }

    /** What every event of one meeting shares. */
    private record Context(Meeting meeting, Map<String, ReadoutRecord> records, String date, String codedDate,
                           PloverEvent.Place place) {
    }

    private PloverEvent consult(Context c, EventIds ids) {
        Meeting m = c.meeting();
        // an immutable list refuses to be asked for null: a visit whose host is unknown has none
        String host = m.mode() == EventMode.VISIT && m.countries().size() > 1 && m.host() != null
                && m.countries().contains(m.host()) ? m.host() : null;
        List<PloverEvent.Entity> actors = m.participants().stream().filter(p -> host == null || !host.equals(p.country()))
                .map(PloverCoder::entity).toList();
        List<PloverEvent.Entity> recipients = m.participants().stream().filter(p -> host != null && host.equals(p.country()))
                .map(PloverCoder::entity).toList();
        List<String> modes = new ArrayList<>();
        codebook.meetings().code(m.mode().name().toLowerCase(Locale.ROOT), "", "").ifPresent(modes::add);
        if (m.countries().size() > 2 && m.mode() != EventMode.PHONE && m.mode() != EventMode.VIDEO) {
            modes.add(MULTILATERAL);
        }
        List<String> topics = m.accounts().stream().map(a -> c.records().get(a.documentId())).filter(Objects::nonNull)
                .flatMap(r -> r.topics().stream()).toList();
        String occasion = m.accounts().stream().map(a -> a.event().occasion()).filter(Objects::nonNull).findFirst().orElse(null);
        return event(c, ids.of(m.id() + "|" + PloverCodebook.CONSULT), PloverCodebook.CONSULT, actors, recipients, modes,
                codebook.contexts(topics), occasion, m.accounts());
    }

    private Optional<PloverEvent> statementEvent(Context c, Said said, EventIds ids) {
        Statement s = said.statement();
        if (said.actor() == null) {
            return Optional.empty();
        }
        Meeting m = c.meeting();
        List<PloverEvent.Entity> actors = said.jointly()
                ? m.participants().stream().map(PloverCoder::entity).toList()
                : List.of(new PloverEvent.Entity(s.speaker() == null ? MeetingFacts.name(m, said.actor()) : s.speaker(),
                        said.actor(), GOVERNMENT));
        List<PloverEvent.Entity> recipients = said.jointly() || said.recipient() == null ? List.of()
                : m.participants().stream().filter(p -> said.recipient().equals(p.country())).map(PloverCoder::entity).toList();
        return codebook.statements().code(s.kind().name().toLowerCase(Locale.ROOT), "", s.text())
                .map(type -> event(c, ids.of(said.key()), type, actors, recipients, List.of(),
                        codebook.contexts(s.topics()), s.text(), said.accounts()));
    }

    private PloverEvent event(Context c, long id, String type, List<PloverEvent.Entity> actors,
                              List<PloverEvent.Entity> recipients, List<String> modes, List<String> contexts,
                              String text, List<Account> accounts) {
        return new PloverEvent(String.format(Locale.ROOT, "e%012x", id), c.date(), actors, recipients, List.of(type),
                modes, contexts, codebook.quadCode(type), c.place(), text,
                MeetingFacts.url(accounts, c.records()).orElse(null), CODER, c.codedDate(),
                c.meeting().id(), accounts.stream().map(Account::doc).distinct().toList());
    }

    private static PloverEvent.Entity entity(Participant p) {
        return new PloverEvent.Entity(p.name(), p.country(), p.country() == null ? null : GOVERNMENT);
    }

    private PloverEvent.Place place(Location location) {
        if (location == null || location.city() == null && location.country() == null) {
            return null;
        }
        String name = location.city() != null ? location.city() : countryNames.getOrDefault(location.country(), location.country());
        return new PloverEvent.Place(name, location.country() == null ? null : alpha2.get(location.country()));
    }
}
