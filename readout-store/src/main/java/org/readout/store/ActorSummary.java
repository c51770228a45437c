package org.readout.store;

import java.util.List;
import java.util.Objects;

/**
 * A person as a list shows them: who, and how active.
 *
 * @param events     the events they took part in, as the texts report them (two reports of one meeting count twice)
 * @param meetings   the meetings they took part in, each once however many texts report it
 * @param statements the statements the texts give them
 */
public record ActorSummary(String id, String name, String country, List<String> spellings, long events, long meetings,
                           long statements) {
    public ActorSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        spellings = List.copyOf(spellings);
    }

    /** How a list of people is ordered. */
    public enum Sort {
        /** By name. */
        NAME,
        /** Most events (reports of meetings) first, then by name. */
        EVENTS,
        /** Most meetings first, then by name. */
        MEETINGS
    }
}
