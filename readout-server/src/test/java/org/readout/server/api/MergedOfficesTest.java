package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.analysis.office.OfficeSpellings;
import org.readout.store.Office;

class MergedOfficesTest {
    private final MergedOffices merged = new MergedOffices(OfficeSpellings.bundled());

    @Test
    void spellingsOfOneOfficeAreOneNamedByTheMostMentionedOverTheirWholeSpan() {
        List<Office> offices = merged.of(List.of(
                new Office("State Councilor", LocalDate.of(2019, 5, 1), LocalDate.of(2022, 3, 1), 5),
                new Office("Foreign Minister", LocalDate.of(2018, 1, 1), LocalDate.of(2024, 1, 1), 9),
                new Office("State Councillor", LocalDate.of(2018, 3, 1), LocalDate.of(2020, 1, 1), 2),
                new Office("Director of the Central Foreign Affairs Office", null, null, 1)));
        assertThat(offices).containsExactly(
                new Office("Foreign Minister", LocalDate.of(2018, 1, 1), LocalDate.of(2024, 1, 1), 9),
                new Office("State Councilor", LocalDate.of(2018, 3, 1), LocalDate.of(2022, 3, 1), 7),
                new Office("Director of the Central Foreign Affairs Office", null, null, 1));
    }
}
