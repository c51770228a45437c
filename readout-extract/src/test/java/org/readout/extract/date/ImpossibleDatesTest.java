package org.readout.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A calendar date that cannot exist is a slip, not a date; one that can, with or without its year, stays. */
class ImpossibleDatesTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"on 31 February 2024", "on February 29, 2023", "posted 2024-04-31", "on 30 February"})
    void aDayPastTheEndOfItsMonthIsNoDate(String text) {
        assertThat(finder.find(text, 0)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"on February 29, 2024", "on 29 February", "posted 2024-04-30"})
    void theLastDayOfAMonthIsADate(String text) {
        assertThat(finder.find(text, 0)).singleElement().satisfies(d -> assertThat(d.isCalendar()).isTrue());
    }
}
