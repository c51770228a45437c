package org.readout.extract.multilingual;

import java.util.List;

/**
 * A person a sentence names or refers to: name in English, country (alpha-3, may be null), roles
 * in English as the text gives them, and where the mention stands (UTF-16, end-exclusive).
 */
record ForeignPerson(String name, String country, List<String> roles, int start, int end) {
    ForeignPerson {
        roles = List.copyOf(roles);
    }
}
