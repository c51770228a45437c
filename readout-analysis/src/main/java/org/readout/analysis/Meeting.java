package org.readout.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;

/**
 * One interaction as several reports tell it: for each fact the value most accounts give (see
 * {@link MeetingMerger}), and the conflicts between accounts, kept rather than resolved.
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

    /** The hosting state most accounts name (the venue's state for a third location); null for calls. */
    public String host() {
        if (mode == EventMode.PHONE || mode == EventMode.VIDEO) {
            return null;
        }
        return Majority.of(accounts.stream().map(a -> a.event().host()).filter(Objects::nonNull).toList(),
                Comparator.naturalOrder()).orElse(location == null ? null : location.country());
    }
}
