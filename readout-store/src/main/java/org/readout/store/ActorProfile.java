package org.readout.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person over time: the offices the texts gave them, their meetings' span and how often they spoke.
 *
 * @param events   the events they took part in, as the texts report them (two reports of one meeting count twice)
 * @param meetings the meetings they took part in, each once however many texts report it
 */
public record ActorProfile(Actor actor, List<Office> offices, LocalDate firstSeen, LocalDate lastSeen, long events,
                           long meetings, long statements) {
    public ActorProfile {
        Objects.requireNonNull(actor, "actor");
        offices = List.copyOf(offices);
    }
}
