package org.readout.extract.knowledge;

import java.util.List;

/** A state: ISO alpha-3 and alpha-2, the name news uses, other names, adjectival forms, capital. */
public record Country(String alpha3, String alpha2, String name, List<String> aliases, List<String> adjectives,
                      String capital) {
    public Country {
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
    }
}
