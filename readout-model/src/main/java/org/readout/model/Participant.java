package org.readout.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A principal of an interaction: the state they represent (alpha-3) and their roles as the text gives them. */
public record Participant(String name, String country, List<String> roles) implements Serializable {
    public Participant {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }
}
