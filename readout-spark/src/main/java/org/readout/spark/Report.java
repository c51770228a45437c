package org.readout.spark;

import java.io.Serializable;
import java.util.List;
import org.readout.analysis.Account;

/**
 * One event of an extracted document as the meeting merge needs it: the account the store would read back,
 * the states it names (events.countries), and its document's record for the coded exports (null when the job
 * codes none).
 */
record Report(Account account, List<String> countries, String recordJson) implements Serializable {
    private static final long serialVersionUID = 1L;

    Report {
        countries = List.copyOf(countries);
    }

    /** The day the merge places the account on, as the store's neighbourhood does: its date, else its document's. */
    Long day() {
        var day = account.event().date() != null ? account.event().date() : account.published();
        return day == null ? null : day.toEpochDay();
    }
}
