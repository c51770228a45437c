package org.readout.store;

import java.util.List;
import java.util.Objects;

/**
 * A person as the store knows them, under every spelling seen.
 *
 * @param name    the officials file's spelling where it knows the person, else the first spelling seen
 * @param country alpha-3 of the state they were first seen representing; may be null
 */
public record Actor(String id, String name, String country, List<String> spellings) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        spellings = List.copyOf(spellings);
    }
}
