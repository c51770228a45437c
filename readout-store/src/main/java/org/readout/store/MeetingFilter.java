package org.readout.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Which meetings: those of all the given states (alpha-3 codes or names), with a person (any
 * spelling), between two days (inclusive). Null or empty means any.
 */
public record MeetingFilter(List<String> countries, String actor, LocalDate since, LocalDate until) {
    public static final MeetingFilter ANY = new MeetingFilter(List.of(), null, null, null);

    public MeetingFilter {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    public static MeetingFilter between(String country, String other) {
        return ANY.withCountries(List.of(country, other));
    }

    public MeetingFilter withCountries(List<String> codesOrNames) {
        return new MeetingFilter(codesOrNames, actor, since, until);
    }

    public MeetingFilter withActor(String name) {
        return new MeetingFilter(countries, name, since, until);
    }

    public MeetingFilter during(LocalDate from, LocalDate to) {
        return new MeetingFilter(countries, actor, from, to);
    }
}
