package org.readout.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Two states that met, and how often: every two states of a multilateral meeting count as a pair.
 *
 * @param countries the two alpha-3 codes, sorted
 * @param meetings  how many stored meetings both took part in
 * @param first     the earliest dated one; null when none is dated
 * @param last      the latest dated one; null when none is dated
 */
public record CountryPair(List<String> countries, long meetings, LocalDate first, LocalDate last) {
    public CountryPair {
        countries = List.copyOf(countries);
        if (countries.size() != 2) {
            throw new IllegalArgumentException("a pair is two countries, not " + countries);
        }
        Objects.requireNonNull(countries.get(0), "country");
    }
}
