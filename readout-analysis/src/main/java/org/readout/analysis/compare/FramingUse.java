package org.readout.analysis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A contested concept across accounts.
 *
 * @param terms  the terms each account that mentions the concept uses, by account key
 * @param silent the accounts whose record was given that do not mention it
 */
public record FramingUse(String concept, Map<String, Set<String>> terms, List<String> silent) {
    public FramingUse {
        Objects.requireNonNull(concept, "concept");
        terms = Map.copyOf(terms);
        silent = List.copyOf(silent);
    }

    /** Accounts that mention the concept name it differently. */
    @JsonProperty("differs")
    public boolean differs() {
        return new HashSet<>(terms.values()).size() > 1;
    }

    /** Only one account mentions it, and another does not. */
    @JsonProperty("oneSided")
    public boolean oneSided() {
        return terms.size() == 1 && !silent.isEmpty();
    }
}
