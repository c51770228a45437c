package org.readout.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A person over time: the offices the texts gave them, their meetings' span and how often they spoke. */
public record ActorProfile(Actor actor, List<Office> offices, LocalDate firstSeen, LocalDate lastSeen, long events,
                           long statements) {
    public ActorProfile {
        Objects.requireNonNull(actor, "actor");
        offices = List.copyOf(offices);
    }
}
