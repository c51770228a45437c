package org.readout.extract.person;

import java.util.List;

/**
 * A person the document names, with every name form seen merged.
 *
 * @param name    the fullest form the text gives
 * @param country alpha-3 of the state they represent, or null when nothing tells
 * @param roles   titles as the text gives them, in order of first appearance
 */
public record Person(int id, String name, String country, List<String> roles) {
    public Person {
        roles = List.copyOf(roles);
    }
}
