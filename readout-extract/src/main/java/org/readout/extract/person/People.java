package org.readout.extract.person;

import java.util.List;
import java.util.Optional;

/** The persons of a document and every mention of them, in text order. */
public record People(List<Person> persons, List<PersonMention> mentions) {
    /** A text with nobody found in it (one the English pipeline did not read). */
    public static final People NONE = new People(List.of(), List.of());

    public People {
        persons = List.copyOf(persons);
        mentions = List.copyOf(mentions);
    }

    public Person get(int id) {
        return persons.get(id);
    }

    public List<PersonMention> in(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    public Optional<Person> byName(String name) {
        return persons.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
