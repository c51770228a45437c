package org.readout.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A person's event participations counted as they are read (the day of each, and the roles it gave
 * them): the span and number of the participations, and per role its first and last day and mentions.
 * Undated participations count but give no day. Two reports of one meeting are two participations
 * but one meeting.
 */
final class OfficeTally {
    private static final Comparator<LocalDate> DAYS = Comparator.nullsLast(Comparator.naturalOrder());

    private final Map<String, Office> offices = new TreeMap<>();
    private LocalDate first;
    private LocalDate last;
    private final Set<String> meetings = new HashSet<>();
    private long events;

    /** One participation; {@code meetingId} is that of the meeting it reports, null if none. */
    void add(LocalDate day, List<String> roles, String meetingId) {
        events++;
        if (meetingId != null) {
            meetings.add(meetingId);
        }
        first = earliest(first, day);
        last = latest(last, day);
        for (String role : roles) {
            Office o = offices.get(role);
            offices.put(role, o == null ? new Office(role, day, day, 1)
                    : new Office(role, earliest(o.firstSeen(), day), latest(o.lastSeen(), day), o.mentions() + 1));
        }
    }

    /** The offices, first given first (undated last), then by role. */
    List<Office> offices() {
        return offices.values().stream().sorted(Comparator.comparing(Office::firstSeen, DAYS).thenComparing(Office::role)).toList();
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    long events() {
        return events;
    }

    long meetings() {
        return meetings.size();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
