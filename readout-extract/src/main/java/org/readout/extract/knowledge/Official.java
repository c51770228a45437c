package org.readout.extract.knowledge;

import java.util.List;

/** A person who held an office in a state, from a year to a year (null: still in office). */
public record Official(String name, String country, String office, Integer from, Integer to, List<String> variants) {
    public Official {
        variants = List.copyOf(variants);
    }

    public boolean heldIn(int year) {
        return (from == null || from <= year) && (to == null || year <= to);
    }
}
