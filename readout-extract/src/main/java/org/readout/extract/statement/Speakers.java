package org.readout.extract.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readout.extract.discourse.Referent;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.person.People;
import org.readout.extract.person.Person;
import org.readout.model.Event;

/**
 * Who may speak in a document and under which name. A participant of a reported event speaks as
 * themselves; so does anyone the text ties to a state when no event was found (the text is then
 * about whoever it names). Another official, one merely mentioned, speaks for their state ("U.S.
 * President X said he hopes the talks ..." is the United States'), and a person the text ties to no
 * state is nobody whose words are recorded. A state speaks as itself, several parties together as both.
 */
final class Speakers {
    private final People people;
    private final Countries countries;
    private final Set<Integer> participants = new HashSet<>();
    private final boolean anyEvent;
    /** The states of the events' participants. */
    private final Set<String> sides = new HashSet<>();

    Speakers(People people, List<Event> events, Countries countries) {
        this.people = people;
        this.countries = countries;
        this.anyEvent = !events.isEmpty();
        Set<String> names = new HashSet<>();
        events.forEach(e -> e.participants().forEach(p -> {
            names.add(p.name());
            if (p.country() != null) {
                sides.add(p.country());
            }
        }));
        for (Person p : people.persons()) {
            if (names.contains(p.name())) {
                participants.add(p.id());
            }
        }
    }

    /**
     * The speaker a referent names: null when it names no party, {@link Speaker#NOBODY} when it names
     * someone whose words are not recorded.
     */
    Speaker of(Referent r) {
        if (r.both() || r.persons().size() >= 2 || r.states().size() >= 2) {
            return Speaker.BOTH;
        }
        if (r.persons().size() == 1) {
            Person p = people.get(r.persons().get(0));
            if (!r.states().isEmpty() && !r.states().get(0).equals(p.country())) {
                return Speaker.BOTH;
            }
            return person(p);
        }
        if (r.states().size() == 1) {
            return state(r.states().get(0));
        }
        return null;
    }

    Speaker person(Person p) {
        if (p.country() == null) {
            return Speaker.NOBODY;
        }
        if (!anyEvent || participants.contains(p.id())) {
            return new Speaker(p.name(), p.country());
        }
        return state(p.country());
    }

    Speaker state(String alpha3) {
        return new Speaker(countries.nameOf(alpha3), alpha3);
    }

    /** Whether the state is one of the sides of the events, or may be since no event was found. */
    boolean isSide(String alpha3) {
        return !anyEvent || sides.contains(alpha3);
    }

    /** Whether the speaker is a state by its name. */
    boolean isState(Speaker speaker) {
        return !speaker.isBoth() && !speaker.isNobody() && speaker.name().equals(countries.nameOf(speaker.country()));
    }

    /** Whether the speaker speaks for the state: one of its people, or the state itself. */
    boolean speaksFor(Speaker speaker, String alpha3) {
        return speaker != null && !speaker.isBoth() && alpha3 != null && alpha3.equals(speaker.country());
    }
}
