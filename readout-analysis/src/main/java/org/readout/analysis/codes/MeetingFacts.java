package org.readout.analysis.codes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Account first = accounts.get(0);
        ReadoutRecord r = records.get(first.documentId());
        return r != null && r.url() != null ? r.url() : first.doc();
    }
}
