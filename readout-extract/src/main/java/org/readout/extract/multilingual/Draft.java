package org.readout.extract.multilingual;

import java.time.LocalDate;
import java.util.List;
import org.readout.model.Location;

/**
 * An interaction as one sentence reports it, before the rest of the text completes it.
 *
 * @param channel  PHONE, VIDEO, or MEET for in person
 * @param received someone received the others (the receiver, first named, hosts)
 * @param location where the sentence says it took place, or null
 * @param date     the day the sentence gives, or null
 */
record Draft(List<ForeignPerson> participants, int sentence, CueKind channel, boolean received, Location location,
             LocalDate date) {
    Draft {
        participants = List.copyOf(participants);
    }

    Draft with(Location l, LocalDate d) {
        return new Draft(participants, sentence, channel, received, l, d);
    }

    boolean inPerson() {
        return channel == CueKind.MEET;
    }

    /** The same people, one way or another of writing their names ("María Holguín" = "María Holguín Cuéllar"). */
    boolean sameParties(Draft other) {
        return participants.size() == other.participants.size()
                && participants.stream().allMatch(p -> other.participants.stream().anyMatch(q -> sameName(p.name(), q.name())));
    }

    private static boolean sameName(String a, String b) {
        java.util.List<String> x = java.util.Arrays.asList(a.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        java.util.List<String> y = java.util.Arrays.asList(b.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return x.equals(y) || Math.min(x.size(), y.size()) >= 2 && (x.containsAll(y) || y.containsAll(x));
    }

    java.util.Set<String> names() {
        return participants.stream().map(ForeignPerson::name).collect(java.util.stream.Collectors.toSet());
    }
}
