package org.readout.analysis.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.readout.analysis.Account;
import org.readout.analysis.Ids;
import org.readout.analysis.Meeting;
import org.readout.analysis.compare.AccountComparison;
import org.readout.model.EventMode;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * Codes a meeting and what was said at it in PLOVER: a CONSULT event with its mode per pair of
 * states ({@link Dyad}), and an event per statement whose kind PLOVER codes (AGREE, REQUEST,
 * SUPPORT, ACCUSE, REJECT, THREATEN), however many accounts report it. Mappings in
 * {@link PloverCodebook}; see CODES.md. Immutable and thread-safe.
 */
public final class PloverCoder {
    private static final String MULTILATERAL = "multilateral";

    private final PloverCodebook codebook;
    private final AccountComparison comparison;

    public PloverCoder() {
        this(PloverCodebook.bundled(), new AccountComparison());
    }

    public PloverCoder(PloverCodebook codebook, AccountComparison comparison) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
    }

    /** @param records the accounts' records by document id, for the statements */
    public List<PloverEvent> code(Meeting meeting, Map<String, ReadoutRecord> records) {
        List<PloverEvent> events = new ArrayList<>();
        String occasions = MeetingFacts.occasions(meeting);
        boolean multilateral = meeting.countries().size() > 2 && meeting.mode() != EventMode.PHONE
                && meeting.mode() != EventMode.VIDEO;
        for (Dyad d : Dyad.of(meeting)) {
            String mode = codebook.meetings().code(Dyad.modeKey(meeting), multilateral ? MULTILATERAL : d.side(),
                    occasions).orElse(null);
            events.add(event(meeting, PloverCodebook.CONSULT, mode, null, d.actor(), MeetingFacts.name(meeting, d.actor()),
                    d.recipient(), meeting.accounts(), d.actor() + ">" + d.recipient()));
        }
        for (Said said : Said.of(meeting, records, comparison)) {
            statementEvent(meeting, said).ifPresent(events::add);
        }
        return events;
    }

    private Optional<PloverEvent> statementEvent(Meeting meeting, Said said) {
        Statement s = said.statement();
        if (said.actor() == null) {
            return Optional.empty();
        }
        String speaker = Statement.BOTH.equals(s.speaker()) || s.speaker() == null
                ? MeetingFacts.name(meeting, said.actor()) : s.speaker();
        return codebook.statements().code(s.kind().name().toLowerCase(Locale.ROOT), "", s.text())
                .map(type -> event(meeting, type, null, s.text(), said.actor(), speaker, said.recipient(),
                        said.accounts(), said.accounts().get(0).key() + "|" + s.text()));
    }

    private static PloverEvent event(Meeting m, String type, String mode, String text, String actorState,
                                     String actorName, String recipientState, List<Account> accounts,
                                     String discriminator) {
        return new PloverEvent(Ids.of("e", m.id() + "|" + type + "|" + discriminator),
                m.date() == null ? null : m.date().toString(), type, mode, text, actorName, actorState,
                recipientState == null ? null : MeetingFacts.name(m, recipientState), recipientState,
                m.location(), m.id(), accounts.stream().map(Account::doc).distinct().toList());
    }
}
