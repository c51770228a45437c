package org.readout.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The persons of a document and every mention of them, in text order. Immutable. The mentions are also kept by
 * sentence: each sentence asks for its own, and a search of all of them per sentence is quadratic on a long text.
 */
public final class People {
    /** A text with nobody found in it (one the English pipeline did not read). */
    public static final People NONE = new People(List.of(), List.of());

    private final List<Person> persons;
    private final List<PersonMention> mentions;
    private final Map<Integer, List<PersonMention>> bySentence;

    public People(List<Person> persons, List<PersonMention> mentions) {
        this.persons = List.copyOf(persons);
        this.mentions = List.copyOf(mentions);
        Map<Integer, List<PersonMention>> grouped = new HashMap<>();
        for (PersonMention m : this.mentions) {
            grouped.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.bySentence = Map.copyOf(grouped);
    }

    public List<Person> persons() {
        return persons;
    }

    public List<PersonMention> mentions() {
        return mentions;
    }

    public Person get(int id) {
        return persons.get(id);
    }

    public List<PersonMention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    public Optional<Person> byName(String name) {
        return persons.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
