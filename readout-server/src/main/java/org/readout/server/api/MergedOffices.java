package org.readout.server.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.readout.analysis.office.OfficeSpellings;
import org.readout.store.Office;

/**
 * A person's offices with the spellings of one office merged ("State Councillor", "State Councilor"),
 * each named by its most mentioned spelling, over the span of all of them; first given first, undated last.
 */
final class MergedOffices {
    private static final Comparator<LocalDate> DAYS = Comparator.nullsLast(Comparator.naturalOrder());

    private final OfficeSpellings spellings;

    MergedOffices(OfficeSpellings spellings) {
        this.spellings = spellings;
    }

    List<Office> of(List<Office> offices) {
        return offices.stream().collect(Collectors.groupingBy(o -> spellings.key(o.role()), LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(MergedOffices::merge)
                .sorted(Comparator.comparing(Office::firstSeen, DAYS).thenComparing(Office::role)).toList();
    }

    private static Office merge(List<Office> same) {
        String role = same.stream().max(Comparator.comparingLong(Office::mentions)).orElseThrow().role();
        LocalDate first = same.stream().map(Office::firstSeen).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = same.stream().map(Office::lastSeen).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new Office(role, first, last, same.stream().mapToLong(Office::mentions).sum());
    }
}
