package org.readout.analysis.codes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;

/** What both coders read off a meeting and its records: names, occasions, sources. */
final class MeetingFacts {
    private MeetingFacts() {
    }

    /** The name of the meeting's participant from {@code state}, else the state's code. */
    static String name(Meeting meeting, String state) {
        return meeting.participants().stream().filter(p -> state.equals(p.country())).map(Participant::name)
                .findFirst().orElse(state);
    }

    /**
     * The day an event is dated by where it must have one (GDELT's SQLDATE, PLOVER's date): the
     * meeting's date, else the earliest publication date of its accounts (a readout appears on the
     * day of the meeting or just after), else the day its first account was stored.
     */
    static LocalDate day(Meeting meeting, LocalDateTime added) {
        if (meeting.date() != null) {
            return meeting.date();
        }
        return meeting.accounts().stream().map(Account::published).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(added.toLocalDate());
    }

    /** The accounts' occasion texts, one line each. */
    static String occasions(Meeting meeting) {
        return meeting.accounts().stream().map(a -> a.event().occasion()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    /** Distinct outlets; an account with no outlet counts as its own source. */
    static int sources(Collection<Account> accounts) {
        return (int) accounts.stream().map(a -> a.outlet() != null ? a.outlet() : a.doc()).distinct().count();
    }

    static int documents(Collection<Account> accounts) {
        return (int) accounts.stream().map(Account::documentId).distinct().count();
    }

    /** The first account's URL where its record gives one, else its document name. */
    static String source(List<Account> accounts, Map<String, ReadoutRecord> records) {
        return url(accounts, records).orElse(accounts.get(0).doc());
    }

    /** The URL of the first account whose record gives one. */
    static Optional<String> url(List<Account> accounts, Map<String, ReadoutRecord> records) {
        return accounts.stream().map(a -> records.get(a.documentId())).filter(Objects::nonNull)
                .map(ReadoutRecord::url).filter(Objects::nonNull).findFirst();
    }
}
