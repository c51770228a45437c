package org.readout.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

/**
 * One interaction as several reports tell it: the facts its accounts agree on (or the first
 * account's, where they do not) and the conflicts between them.
 *
 * @param id        stable: derived from the smallest account key, so re-ingesting changes nothing
 * @param countries alpha-3 codes of the participants' states, sorted
 */
public record Meeting(String id, LocalDate date, EventMode mode, Location location, List<String> countries,
                      List<Participant> participants, List<Account> accounts, List<Conflict> conflicts) {
    public Meeting {
        Objects.requireNonNull(id, "id");
        countries = List.copyOf(countries);
        participants = List.copyOf(participants);
        accounts = List.copyOf(accounts);
        conflicts = List.copyOf(conflicts);
    }
}
