package org.readout.extract.discourse;

import java.util.List;

/**
 * What a mention refers to: persons (ids of the document's people), a state, or both parties of
 * the interaction at hand when the text does not say who they are.
 *
 * @param persons ids in the order the mentions name them
 * @param states  alpha-3 codes of states named as parties ("Japan", "the Chinese side")
 * @param both    "the two sides", "they": the parties of the current interaction
 */
public record Referent(List<Integer> persons, List<String> states, boolean both) {
    public static final Referent NONE = new Referent(List.of(), List.of(), false);

    public Referent {
        persons = List.copyOf(persons);
        states = List.copyOf(states);
    }

    public static Referent person(int id) {
        return new Referent(List.of(id), List.of(), false);
    }

    public static Referent persons(List<Integer> ids) {
        return new Referent(ids, List.of(), false);
    }

    public static Referent state(String alpha3) {
        return new Referent(List.of(), List.of(alpha3), false);
    }

    public boolean isEmpty() {
        return persons.isEmpty() && states.isEmpty() && !both;
    }

    public boolean isSinglePerson() {
        return persons.size() == 1 && states.isEmpty() && !both;
    }
}
