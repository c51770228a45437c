package org.readout.store;

import java.time.LocalDate;

/**
 * A title a person was given, as the texts wrote it, and when.
 *
 * @param firstSeen the earliest day of an event that gave it (null when no event was dated)
 * @param mentions  how many event participations gave it
 */
public record Office(String role, LocalDate firstSeen, LocalDate lastSeen, long mentions) {
}
